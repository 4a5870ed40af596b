import Testing
import VTL

@Test func hashMapOrderMatchesJavaForHeaders() {
    let keys = ["header1", "header2", "header3", "Content-Type", "Accept", "X-Amz-Date"].map { MapKey($0) }
    let order = MapKey.javaHashOrder(keys).map { Java.toString($0.value) }
    // Printed by java.util.HashMap through the oracle.
    #expect(order == ["header3", "X-Amz-Date", "header2", "header1", "Accept", "Content-Type"])
}
