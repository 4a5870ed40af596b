import Testing

@Test func REPLModuleBuilds() {
    #expect(Bool(true))
}
