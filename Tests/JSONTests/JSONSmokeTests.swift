import Testing

@Test func JSONModuleBuilds() {
    #expect(Bool(true))
}
