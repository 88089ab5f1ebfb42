//! Text utilities every stage shares, with no knowledge of articles or findings: making
//! untrusted text inert ([`sanitize`]), month and weekday names ([`calendar`]), the token layer
//! used for matching ([`normalize`]: case, number forms, spelling, stems) and word-level diffs
//! on it ([`worddiff`]), terminal column widths and cutting text to one ([`width`]), natural
//! order of names (`13_2` before `13_10`, [`natural`]).

pub mod calendar;
pub mod natural;
pub mod normalize;
pub mod sanitize;
pub mod width;
pub mod worddiff;
