//! Named entities in a sentence, with variants unified (Kim Jong Un = Kim Jong-un; Sergey =
//! Sergei; a surname alone = the full name seen in the same article).
