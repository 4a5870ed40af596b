import JavaRuntime
extension Java {
    /// `String.format(format, args...)` (`java.util.Formatter`, root locale):
    /// conversions `b s S c d o x X e E f g G h H n %`, flags `-#+ 0,(`, width,
    /// precision, explicit (`2$`) and relative (`<`) argument indices.
    static func formatString(_ format: String, _ args: [Value]) throws(HostError) -> String {
        let chars = Array(format.unicodeScalars)
        var out = ""
        var i = 0
        var ordinary = 0
        var lastIndex = -1
        while i < chars.count {
            guard chars[i] == "%" else { out.unicodeScalars.append(chars[i]); i += 1; continue }
            let start = i
            i += 1
            func number() -> Int? {
                var value: Int?
                while i < chars.count, let digit = chars[i].properties.numericType == .decimal && chars[i].isASCII ? Int(chars[i].value) - 48 : nil {
                    value = min((value ?? 0) * 10 + digit, Int(Int32.max))
                    i += 1
                }
                return value
            }
            var explicitIndex: Int?
            let save = i
            if let n = number(), i < chars.count, chars[i] == "$" { explicitIndex = n; i += 1 } else { i = save }
            var flags = ""
            while i < chars.count, "-#+ 0,(<".unicodeScalars.contains(chars[i]) { flags.unicodeScalars.append(chars[i]); i += 1 }
            let width = number()
            if let width, width > maxStringLength { throw HostError("java.lang.OutOfMemoryError: Java heap space") }
            var precision: Int?
            if i < chars.count, chars[i] == "." {
                i += 1
                precision = number()
            }
            guard i < chars.count else { throw HostError("java.util.UnknownFormatConversionException: Conversion = '%'") }
            let conversion = Character(chars[i])
            i += 1
            let spec = String(String.UnicodeScalarView(chars[start..<i]))
            switch conversion {
            case "n": out += "\n"; continue
            case "%": out += pad("%", width, flags); continue
            default: break
            }
            guard "bBsScCdoxXeEfgGhH".contains(conversion) else {
                throw HostError("java.util.UnknownFormatConversionException: Conversion = '\(conversion)'")
            }
            let index: Int
            if flags.contains("<") { index = lastIndex } else if let e = explicitIndex { index = e - 1 } else { index = ordinary; ordinary += 1 }
            guard index >= 0, index < args.count else { throw HostError("java.util.MissingFormatArgumentException: Format specifier '\(spec)'") }
            lastIndex = index
            let text = try formatOne(args[index], conversion, flags, precision)
            let padded = flags.contains("0") && "doxXeEfgG".contains(conversion) ? zeroPad(text, width) : pad(text, width, flags)
            out += conversion.isUppercase ? padded.uppercased() : padded
        }
        return out
    }

    private static func pad(_ text: String, _ width: Int?, _ flags: String) -> String {
        guard let width, text.count < width else { return text }
        let fill = String(repeating: " ", count: width - text.count)
        return flags.contains("-") ? text + fill : fill + text
    }

    /// The `0` flag: zeros between the sign (or `0x`) and the digits.
    private static func zeroPad(_ text: String, _ width: Int?) -> String {
        guard let width, text.count < width else { return text }
        var prefix = ""
        var body = Substring(text)
        if let first = body.first, "-+ (".contains(first) { prefix.append(first); body = body.dropFirst() }
        if body.hasPrefix("0x") { prefix += "0x"; body = body.dropFirst(2) }
        return prefix + String(repeating: "0", count: width - text.count) + body
    }

    private static func conversionError(_ conversion: Character, _ value: Value) -> HostError {
        HostError("java.util.IllegalFormatConversionException: \(conversion.lowercased()) != \(className(value))")
    }

    private static func formatOne(_ value: Value, _ conversion: Character, _ flags: String, _ precision: Int?) throws(HostError) -> String {
        switch conversion.lowercased() {
        case "b":
            var text = "true"
            if case .null = value { text = "false" } else if case .bool(let b) = value { text = b ? "true" : "false" }
            return precision.map { String(text.prefix($0)) } ?? text
        case "h":
            if case .null = value { return "null" }
            return String(UInt32(bitPattern: hashCode(value)), radix: 16)
        case "s":
            let text = toString(value)
            return precision.map { String(text.prefix($0)) } ?? text
        case "c":
            if case .null = value { return "null" }
            if case .host(let c as JavaCharacter) = value { return c.render() }
            guard case .int(let code) = value, let scalar = Unicode.Scalar(UInt32(bitPattern: code)) else { throw conversionError(conversion, value) }
            return String(scalar)
        case "d":
            let digits: String
            switch value {
            case .null: return "null"
            case .int(let n): digits = String(n)
            case .long(let n): digits = String(n)
            case .bigInteger(let n): digits = n.description
            default: throw conversionError(conversion, value)
            }
            return signed(digits, flags)
        case "o", "x":
            let radix = conversion.lowercased() == "o" ? 8 : 16
            var text: String
            switch value {
            case .null: return "null"
            case .int(let n): text = String(UInt32(bitPattern: n), radix: radix)
            case .long(let n): text = String(UInt64(bitPattern: n), radix: radix)
            default: throw conversionError(conversion, value)
            }
            if flags.contains("#") { text = (radix == 8 ? "0" : "0x") + text }
            return text
        default:
            let d: Double
            switch value {
            case .null: return "null"
            case .double(let x): d = x
            default: throw conversionError(conversion, value)
            }
            if d.isNaN { return "NaN" }
            if d.isInfinite { return signed(d < 0 ? "-Infinity" : "Infinity", flags.replacingZeroFlag) }
            let sign = d.sign == .minus ? "-" : ""
            switch conversion.lowercased() {
            case "f": return signed(sign + fixed(d.magnitude, precision ?? 6, grouping: flags.contains(",")), flags)
            case "e": return signed(sign + scientific(d.magnitude, precision ?? 6), flags)
            default:
                let p = max(precision ?? 6, 1)
                let magnitude = d.magnitude
                let rounded = magnitude == 0 ? 0 : Double(scientific(magnitude, p - 1)) ?? magnitude
                if rounded != 0 && (rounded < 1e-4 || rounded >= pow10(p)) { return signed(sign + scientific(magnitude, p - 1), flags) }
                let exponent = rounded == 0 ? 0 : Int((rounded.exponentOfTen))
                return signed(sign + fixed(magnitude, max(0, p - 1 - exponent), grouping: flags.contains(",")), flags)
            }
        }
    }

    private static func pow10(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<n { result *= 10 }
        return result
    }

    /// Applies `+`, ` `, `(` and `,` to an integer or decimal text with an optional leading `-`.
    private static func signed(_ text: String, _ flags: String) -> String {
        var body = text
        let negative = body.hasPrefix("-")
        if negative { body.removeFirst() }
        if flags.contains(","), !body.contains("E"), body.first?.isNumber == true {
            let integerEnd = body.firstIndex(of: ".") ?? body.endIndex
            var integer = String(body[..<integerEnd])
            if integer.count > 3 {
                var grouped = ""
                for (n, c) in integer.reversed().enumerated() {
                    if n > 0 && n % 3 == 0 { grouped.append(",") }
                    grouped.append(c)
                }
                integer = String(grouped.reversed())
            }
            body = integer + body[integerEnd...]
        }
        if negative { return flags.contains("(") ? "(" + body + ")" : "-" + body }
        if flags.contains("+") { return "+" + body }
        if flags.contains(" ") { return " " + body }
        return body
    }

    /// Java's `%.nf`: the `Double.toString` digits rounded half-up to `precision` places.
    private static func fixed(_ value: Double, _ precision: Int, grouping: Bool) -> String {
        if value == 0 { return precision == 0 ? "0" : "0." + String(repeating: "0", count: precision) }
        let (digitText, position) = JavaDouble.decimalDigits(value)
        var digits = digitText.map { Int($0.asciiValue! - 48) }
        var point = position
        // Keep `point + precision` digits, rounding half-up.
        let keep = point + precision
        if keep < 0 { digits = []; point = 0 } else if keep < digits.count {
            let roundUp = digits[keep] >= 5
            digits = Array(digits.prefix(keep))
            if roundUp {
                var j = digits.count - 1
                while j >= 0 {
                    if digits[j] == 9 { digits[j] = 0; j -= 1 } else { digits[j] += 1; break }
                }
                if j < 0 { digits.insert(1, at: 0); point += 1 }
            }
        }
        while digits.count < point + precision { digits.append(0) }
        let text = digits.map(String.init).joined()
        let integerCount = max(point, 0)
        let integerPart = integerCount == 0 ? "0" : String(text.prefix(integerCount))
        var fraction = String(text.dropFirst(integerCount))
        if point < 0 { fraction = String(repeating: "0", count: -point) + fraction }
        fraction = String(fraction.prefix(precision))
        while fraction.count < precision { fraction += "0" }
        return precision == 0 ? integerPart : integerPart + "." + fraction
    }

    /// Java's `%.ne`: `d.ddde+xx`.
    private static func scientific(_ value: Double, _ precision: Int) -> String {
        if value == 0 { return (precision == 0 ? "0" : "0." + String(repeating: "0", count: precision)) + "e+00" }
        let (digitText, position) = JavaDouble.decimalDigits(value)
        var digits = digitText.map { Int($0.asciiValue! - 48) }
        var exponent = position - 1
        if digits.count > precision + 1 {
            let roundUp = digits[precision + 1] >= 5
            digits = Array(digits.prefix(precision + 1))
            if roundUp {
                var j = digits.count - 1
                while j >= 0 {
                    if digits[j] == 9 { digits[j] = 0; j -= 1 } else { digits[j] += 1; break }
                }
                if j < 0 { digits.insert(1, at: 0); digits.removeLast(); exponent += 1 }
            }
        }
        while digits.count < precision + 1 { digits.append(0) }
        let mantissa = String(digits[0]) + (precision > 0 ? "." + digits.dropFirst().map(String.init).joined() : "")
        let exponentText = String(abs(exponent))
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + (exponentText.count < 2 ? "0" : "") + exponentText
    }
}

private extension String {
    var replacingZeroFlag: String { filter { $0 != "0" } }
}

private extension Double {
    /// floor(log10(self)) for a positive value.
    var exponentOfTen: Int { JavaDouble.decimalDigits(self).1 - 1 }
}
