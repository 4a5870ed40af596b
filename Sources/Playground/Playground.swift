// The Playground module; see DEVELOPERS.md for its place in the architecture.
