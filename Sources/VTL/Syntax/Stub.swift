struct Block: Sendable { var nodes: [Int] = [] }
