//! What the sentence matches add up to across sources: claims (clusters of matched sentences,
//! [`claims`]), disagreements between sources on a claim's values ([`conflicts`]), claims most
//! sources carry and one leaves out ([`omissions`]), and the paragraph alignment the side-by-side
//! views follow ([`align`]).

pub mod align;
pub mod claims;
pub mod conflicts;
pub mod omissions;
