//! `moty schedule CASE --kind KIND`: book the next free slot, a given time, or list candidates.

use anyhow::Result;

use super::{parse_time, BookArgs};
use crate::commands::Ctx;
use crate::domain::{reach, validate, MeetingKind};
use crate::error::UserError;
use crate::ops::schedule::book::{self, BookRequest};
use crate::{render, text};

pub fn run(ctx: &Ctx, case_id: &str, args: BookArgs) -> Result<String> {
    let kind = args.kind.ok_or_else(|| UserError::Missing {
        flags: vec!["--kind".to_string()],
    })?;
    let at = args
        .at
        .as_deref()
        .map(|a| parse_time("--at", a))
        .transpose()?;
    if kind == MeetingKind::Network && !(15..=480).contains(&args.minutes) {
        return Err(UserError::invalid("--minutes", text::minutes_range()).into());
    }
    let chair = args
        .chair
        .as_deref()
        .map(|c| validate::line("--chair", c, 200))
        .transpose()?;
    let override_screen = args
        .override_screen
        .as_deref()
        .map(|r| validate::line("--override-screen", r, 400))
        .transpose()?;
    if override_screen.is_some() && kind != MeetingKind::Kela {
        return Err(
            UserError::invalid("--override-screen", text::override_screen_kela_only()).into(),
        );
    }
    let video_link = args
        .video_link
        .as_deref()
        .map(|link| reach::video_link("--video-link", link))
        .transpose()?;
    if video_link.is_some() && args.dry_run {
        return Err(UserError::invalid("--video-link", text::no_video_for_dry_run()).into());
    }
    let request = BookRequest {
        case_id,
        kind,
        at,
        minutes: args.minutes,
        doctor: args.doctor,
        chair: chair.as_deref(),
        override_screen: override_screen.as_deref(),
        video_link: video_link.as_deref(),
    };
    let mut session = ctx.session()?;
    if args.dry_run {
        let candidates = book::dry_run(&mut session, &request, 5)?;
        return Ok(render::candidates(case_id, kind, &candidates, ctx.json));
    }
    let booking = book::book(&mut session, &request, &args.participants)?;
    Ok(render::booked(&booking, ctx.json))
}
