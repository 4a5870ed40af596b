import Testing

@Test func PlaygroundModuleBuilds() {
    #expect(Bool(true))
}
