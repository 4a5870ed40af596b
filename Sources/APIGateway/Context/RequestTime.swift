/// `$context.requestTime`: the epoch milliseconds in Common Log Format
/// (`dd/MMM/yyyy:HH:mm:ss +0000`, UTC).
enum RequestTime {
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    private static let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]

    /// Java's `Date.toString()` in UTC (`Mon Jan 15 12:34:56 UTC 2024`), as the
    /// console's execution log prefixes its lines.
    static func javaDate(epochMilliseconds: Int64) -> String {
        let clf = commonLogFormat(epochMilliseconds: epochMilliseconds)
        // dd/MMM/yyyy:HH:mm:ss +0000
        let parts = clf.split(whereSeparator: { $0 == "/" || $0 == " " })
        let day = parts[0], month = parts[1]
        let yearAndTime = parts[2].split(separator: ":", maxSplits: 1)
        let seconds = epochMilliseconds >= 0 ? epochMilliseconds / 1000 : -((-epochMilliseconds + 999) / 1000)
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
        let weekday = weekdays[Int(((days % 7) + 7) % 7)]
        return "\(weekday) \(month) \(day) \(yearAndTime[1]) UTC \(yearAndTime[0])"
    }

    static func commonLogFormat(epochMilliseconds: Int64) -> String {
        let seconds = epochMilliseconds >= 0 ? epochMilliseconds / 1000 : -((-epochMilliseconds + 999) / 1000)
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
        let secondOfDay = seconds - days * 86_400
        // Civil date from days since 1970-01-01 (proleptic Gregorian).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(day))/\(months[Int(month - 1)])/\(year):\(two(secondOfDay / 3600)):\(two(secondOfDay % 3600 / 60)):\(two(secondOfDay % 60)) +0000"
    }
}
