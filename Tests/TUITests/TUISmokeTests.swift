import Testing

@Test func TUIModuleBuilds() {
    #expect(Bool(true))
}
