import Testing

@Test func VTLModuleBuilds() {
    #expect(Bool(true))
}
