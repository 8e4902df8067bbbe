//! After a meeting: `held`, `no-show`, `cancel` and `move`.

use anyhow::Result;

use super::{parse_time, CancelArgs, HeldArgs, MoveArgs, NoteArgs};
use crate::commands::Ctx;
use crate::domain::{reach, validate, BookingStatus};
use crate::ops::schedule::after;
use crate::{render, text};

pub fn held(ctx: &Ctx, args: HeldArgs) -> Result<String> {
    let held = after::Held {
        meeting: args.meeting,
        segment: args.segment,
        omaolo: args.omaolo,
        kela_screen: args.kela_screen,
        meeting_consent: args.meeting_consent,
        attended: args.attended,
        chair: args
            .chair
            .as_deref()
            .map(|c| validate::line("--chair", c, 200))
            .transpose()?,
        network_needed: args.network_needed,
        estimate: args.estimate.answers()?,
    };
    let booking = after::held(&mut ctx.session()?, &held)?;
    let mut out = render::meeting_changed(&booking, ctx.json);
    if held.estimate.is_some() && !ctx.json {
        out.push_str(&text::held_with_estimate());
    }
    Ok(out)
}

pub fn no_show(ctx: &Ctx, args: NoteArgs) -> Result<String> {
    let note = validate::optional_block("--note", &args.note, 2000)?;
    let booking = after::end(
        &mut ctx.session()?,
        args.meeting,
        BookingStatus::NoShow,
        note.as_deref(),
    )?;
    Ok(render::meeting_changed(&booking, ctx.json))
}

pub fn cancel(ctx: &Ctx, args: CancelArgs) -> Result<String> {
    let reason = validate::block("--reason", &args.reason, 2000)?;
    let booking = after::end(
        &mut ctx.session()?,
        args.meeting,
        BookingStatus::Cancelled,
        Some(&reason),
    )?;
    Ok(render::meeting_changed(&booking, ctx.json))
}

pub fn move_meeting(ctx: &Ctx, args: MoveArgs) -> Result<String> {
    let at = args
        .at
        .as_deref()
        .map(|at| parse_time("--at", at))
        .transpose()?;
    let link = args
        .video_link
        .as_deref()
        .map(|link| reach::video_link("--video-link", link))
        .transpose()?;
    let booking = after::move_to(&mut ctx.session()?, args.meeting, at, link.as_deref())?;
    let mut out = render::meeting_changed(&booking, ctx.json);
    if link.is_some() && !ctx.json {
        out.push_str(&text::link_set(booking.id));
    }
    Ok(out)
}
