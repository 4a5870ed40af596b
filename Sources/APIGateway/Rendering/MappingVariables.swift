import Foundation
import VTL

/// The variables a mapping template sees: `$input`, `$util`, `$context` and
/// `$stageVariables`. One `$context` lives for a whole invocation, so changes a
/// request template makes (`requestOverride`, `responseOverride`) reach the
/// response template.
public final class MappingVariables {
    public let input: InputVariable
    public let util: UtilVariable
    public let context: MapRef
    public let stageVariables: MapRef

    /// Fresh variables for a method request.
    public convenience init(request: MethodRequest, mapOrder: MapOrder = .javaHash) {
        let stageVariables = MapRef()
        for (name, value) in request.stageVariables { stageVariables.entries[MapKey(name)] = .string(value) }
        self.init(input: InputVariable(request: request, headerOrder: mapOrder), util: UtilVariable(),
                  context: ContextBuilder.build(request, order: mapOrder), stageVariables: stageVariables)
    }

    init(input: InputVariable, util: UtilVariable, context: MapRef, stageVariables: MapRef) {
        self.input = input
        self.util = util
        self.context = context
        self.stageVariables = stageVariables
    }

    /// The same `$context`, `$util` and `$stageVariables` with a different payload:
    /// what an integration response template sees (its parameters stay the method request's).
    public func withPayload(_ body: String, request: MethodRequest, mapOrder: MapOrder = .javaHash) -> MappingVariables {
        var payloadRequest = request
        payloadRequest.body = body
        return MappingVariables(input: InputVariable(request: payloadRequest, headerOrder: mapOrder), util: util,
                                context: context, stageVariables: stageVariables)
    }

    /// Starts a template: from here on each `$context` override it applies is final
    /// (a second set of the same parameter fails the render; see `FinalOverride`).
    /// `MappingRenderer` calls it before every render.
    public func beginTemplate() {
        FinalOverride.install(in: context)
    }

    /// The globals to render with.
    public var globals: [String: Value] {
        ["input": .host(input), "util": .host(util), "context": .map(context), "stageVariables": .map(stageVariables)]
    }

    /// `$context.responseOverride.status` as a status code, when a template set one.
    public var statusOverride: Int? {
        guard case .map(let overrides) = context.entries[MapKey("responseOverride")],
              let status = overrides.entries[MapKey("status")] else { return nil }
        switch status {
        case .int(let i): return Int(i)
        case .long(let l): return Int(exactly: l)
        case .string(let s): return Int(s.trimmingCharacters(in: .whitespaces))
        default: return nil
        }
    }

    /// A `$context` override map (`requestOverride.header`, `responseOverride.header`, ...) as strings.
    public func overrides(_ group: String, _ name: String) -> [(name: String, value: String)] {
        guard case .map(let groupMap) = context.entries[MapKey(group)],
              case .map(let map) = groupMap.entries[MapKey(name)] else { return [] }
        return map.entries.map { (Java.toString($0.key.value), $0.value.isNull ? "" : Java.toString($0.value)) }
    }
}

extension Value {
    var isNull: Bool { if case .null = self { true } else { false } }
}
