//! Every kind of id is a type: a misspelt id does not compile. These
//! examples are the proof, run by `cargo test --doc` (each `compile_fail`
//! must fail with E0599, "no variant", or the test fails).
//!
//! The ids as written in the rules compile:
//!
//! ```
//! use back_pain_check_engine::{Advice, Opt, Pattern, ReasonId, RedFlag, Risk, Q};
//! let _ = (Q::SaddleNumbness, Opt::BothLegs, RedFlag::CaudaEquina, Pattern::Radicular);
//! let _ = (Risk::Smoking, ReasonId::UnansweredCaudaEquina, Advice::StayActive);
//! ```
//!
//! A question id, one letter off:
//!
//! ```compile_fail,E0599
//! let _ = back_pain_check_engine::Q::SadleNumbness;
//! ```
//!
//! An option id:
//!
//! ```compile_fail,E0599
//! let _ = back_pain_check_engine::Opt::BothLeg;
//! ```
//!
//! A red flag:
//!
//! ```compile_fail,E0599
//! let _ = back_pain_check_engine::RedFlag::CaudaEqina;
//! ```
//!
//! A pattern:
//!
//! ```compile_fail,E0599
//! let _ = back_pain_check_engine::Pattern::Radiclar;
//! ```
//!
//! A risk factor:
//!
//! ```compile_fail,E0599
//! let _ = back_pain_check_engine::Risk::Smokng;
//! ```
//!
//! A reason:
//!
//! ```compile_fail,E0599
//! let _ = back_pain_check_engine::ReasonId::UnansweredCaudaEqina;
//! ```
//!
//! An advice item:
//!
//! ```compile_fail,E0599
//! let _ = back_pain_check_engine::Advice::StayActiv;
//! ```
//!
//! A question whose table entry is missing or out of place stops the build
//! too (a `const` check in `questions.rs`), as does a language table without
//! an entry for some id (`keyed_by_id!` in the content crate). An option the
//! question does not offer (`a.is(Q::LegPainSide, Opt::Stable)`) is caught
//! by a debug assertion in every test that reaches the rule.
