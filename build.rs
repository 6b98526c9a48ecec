//! The built-in theme is compiled into the binary (src/theme/source.rs); cargo must rebuild
//! when any file of it changes, is added or is removed.
fn main() {
    println!("cargo:rerun-if-changed=themes/briefing");
    println!("cargo:rerun-if-changed=build.rs");
}
