//! Word lists and tables the engine looks words up in: how informative a word is in general
//! English ([`freq`]), the shipped gazetteer of places and organisations ([`gazetteer`]), and
//! the lists and folding rules of personal names and titles ([`names`]), short forms of given
//! names ([`nicknames`]). Data only: no stage
//! logic lives here.

pub mod freq;
pub mod gazetteer;
pub mod names;
pub mod nicknames;
