//! Browser entry points. Placeholder until the foundation lands.
