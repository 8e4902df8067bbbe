//! The joint care and service plan (HOPA): changes written as new versions, ending the pathway
//! phase, the versions and the printable plan for the client, the service catalogue, and the
//! anonymous description for the Yhteistyö-tiimi.

pub mod describe;
pub mod edit;
pub mod show;

pub use edit::{follow_up_due, Changes, PathwayInput};
