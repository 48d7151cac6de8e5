//! Yew function components (browser only). Placeholder until the foundation lands.
