import Testing

@Test func APIGatewayModuleBuilds() {
    #expect(Bool(true))
}
