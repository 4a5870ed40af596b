import Testing

@Test func JSONPathModuleBuilds() {
    #expect(Bool(true))
}
