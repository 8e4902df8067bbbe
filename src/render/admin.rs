//! `moty admin`'s results: a sentence, or with `--json` one document (`"schema"` first).

use schemars::JsonSchema;
use serde::Serialize;

use super::json;
use crate::text;

/// What `moty admin init | migrate | user add` did.
#[derive(Serialize, JsonSchema)]
pub struct Admin<'a> {
    /// `init`, `migrate` or `user-add`.
    action: &'a str,
    /// The schema version before (None: there was no register; `user-add`: not given).
    #[serde(skip_serializing_if = "Option::is_none")]
    from: Option<i64>,
    /// The schema version now (`user-add`: not given).
    #[serde(skip_serializing_if = "Option::is_none")]
    version: Option<i64>,
    /// `user-add`: the login and the role's group.
    #[serde(skip_serializing_if = "Option::is_none")]
    login: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    role: Option<&'a str>,
    /// `user-add`: the team and region the person was placed in (row-level security: a
    /// coordinator sees the team's cases, a lead the region's), when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    team: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<&'a str>,
    /// Whether something was created (the register, the login), not only renewed or granted.
    created: bool,
}

pub fn initialised(url: &str, before: Option<i64>, version: i64, as_json: bool) -> String {
    if as_json {
        return json(&Admin {
            action: "init",
            from: before,
            version: Some(version),
            login: None,
            role: None,
            team: None,
            region: None,
            created: before.is_none(),
        });
    }
    let line = match before {
        None => text::admin_created(url, version),
        Some(_) => text::admin_already(url, version),
    };
    line + "\n"
}

pub fn migrated(from: i64, to: i64, as_json: bool) -> String {
    if as_json {
        return json(&Admin {
            action: "migrate",
            from: Some(from),
            version: Some(to),
            login: None,
            role: None,
            team: None,
            region: None,
            created: false,
        });
    }
    let line = if to > from {
        text::admin_migrated(from, to)
    } else {
        text::admin_up_to_date(to)
    };
    line + "\n"
}

pub struct Placed<'a> {
    pub login: &'a str,
    pub role: &'a str,
    pub team: Option<&'a str>,
    pub region: Option<&'a str>,
    pub created: bool,
}

pub fn user_added(placed: &Placed, as_json: bool) -> String {
    if as_json {
        return json(&Admin {
            action: "user-add",
            from: None,
            version: None,
            login: Some(placed.login),
            role: Some(placed.role),
            team: placed.team,
            region: placed.region,
            created: placed.created,
        });
    }
    let mut out = text::admin_user_added(placed.login, placed.role, placed.created) + "\n";
    if let Some(team) = placed.team {
        out += &(text::admin_user_team(placed.login, team) + "\n");
    }
    if let Some(region) = placed.region {
        out += &(text::admin_user_region(placed.login, region) + "\n");
    }
    out
}
