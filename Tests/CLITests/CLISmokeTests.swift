import Testing

@Test func CLIModuleBuilds() {
    #expect(Bool(true))
}
