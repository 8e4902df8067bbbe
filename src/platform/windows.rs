//! The Win32 calls moty needs on Windows, and the only `unsafe` code in moty: whether a drive
//! letter is a network drive (`GetDriveTypeW`), and making a file or folder private to the user
//! running moty (a protected DACL that grants the user alone full control; folders pass it on to
//! what is created in them). Each call states why it is sound.
#![cfg(windows)]
#![allow(unsafe_code)]

use std::ffi::OsStr;
use std::io;
use std::os::windows::ffi::OsStrExt;
use std::path::Path;

use windows_sys::Win32::Foundation::{CloseHandle, LocalFree, ERROR_SUCCESS, HANDLE};
use windows_sys::Win32::Security::Authorization::{
    SetEntriesInAclW, SetNamedSecurityInfoW, EXPLICIT_ACCESS_W, NO_MULTIPLE_TRUSTEE, SET_ACCESS,
    SE_FILE_OBJECT, TRUSTEE_IS_SID, TRUSTEE_IS_USER, TRUSTEE_W,
};
use windows_sys::Win32::Security::{
    GetTokenInformation, TokenUser, ACL, DACL_SECURITY_INFORMATION, NO_INHERITANCE,
    PROTECTED_DACL_SECURITY_INFORMATION, SUB_CONTAINERS_AND_OBJECTS_INHERIT, TOKEN_QUERY,
    TOKEN_USER,
};
use windows_sys::Win32::Storage::FileSystem::{GetDriveTypeW, FILE_ALL_ACCESS};
use windows_sys::Win32::System::Threading::{GetCurrentProcess, OpenProcessToken};
use windows_sys::Win32::System::WindowsProgramming::DRIVE_REMOTE;

/// A NUL-terminated UTF-16 string for a Win32 call.
fn wide(s: &OsStr) -> Vec<u16> {
    s.encode_wide().chain(std::iter::once(0)).collect()
}

/// Whether drive `letter` (`'C'`) is a network drive.
pub fn drive_is_remote(letter: char) -> bool {
    let root = wide(OsStr::new(&format!("{letter}:\\")));
    // SAFETY: `root` is a NUL-terminated UTF-16 string that outlives the call, which only reads
    // it; GetDriveTypeW has no other input and returns a plain number.
    let kind = unsafe { GetDriveTypeW(root.as_ptr()) };
    kind == DRIVE_REMOTE
}

/// Closes the process token however `user_sid` returns.
struct Token(HANDLE);

impl Drop for Token {
    fn drop(&mut self) {
        // SAFETY: the handle came from a successful OpenProcessToken and is closed once, here.
        unsafe { CloseHandle(self.0) };
    }
}

/// Frees the ACL SetEntriesInAclW allocated.
struct LocalAcl(*mut ACL);

impl Drop for LocalAcl {
    fn drop(&mut self) {
        // SAFETY: the pointer was allocated by SetEntriesInAclW with LocalAlloc (as its
        // documentation says) and is freed once, here; nothing uses it afterwards.
        unsafe { LocalFree(self.0.cast()) };
    }
}

/// The TOKEN_USER of this process, in a buffer aligned for it (the SID points into it).
fn token_user() -> io::Result<Vec<u64>> {
    let mut handle: HANDLE = std::ptr::null_mut();
    // SAFETY: GetCurrentProcess returns a pseudo-handle that needs no closing;
    // OpenProcessToken writes one handle to `handle`, a valid, writable local.
    if unsafe { OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &mut handle) } == 0 {
        return Err(io::Error::last_os_error());
    }
    let token = Token(handle);
    let mut needed = 0u32;
    // SAFETY: a null buffer of length 0 is allowed: the call only writes the needed size to
    // `needed`, a valid local (it fails with ERROR_INSUFFICIENT_BUFFER, as expected).
    unsafe { GetTokenInformation(token.0, TokenUser, std::ptr::null_mut(), 0, &mut needed) };
    if needed == 0 {
        return Err(io::Error::last_os_error());
    }
    let mut buffer = vec![0u64; (needed as usize).div_ceil(8)];
    let length = u32::try_from(buffer.len() * 8).map_err(io::Error::other)?;
    // SAFETY: `buffer` is writable for `length` bytes (at least `needed`) and 8-byte aligned,
    // enough for TOKEN_USER; `needed` is a valid local.
    let ok = unsafe {
        GetTokenInformation(
            token.0,
            TokenUser,
            buffer.as_mut_ptr().cast(),
            length,
            &mut needed,
        )
    };
    if ok == 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(buffer)
}

/// Replaces the DACL of `path` by one entry, the current user with full control, and stops it
/// inheriting the parent's entries; a folder passes the entry on to everything created in it.
pub fn restrict_to_owner(path: &Path) -> io::Result<()> {
    let buffer = token_user()?;
    // SAFETY: GetTokenInformation(TokenUser) filled `buffer`, aligned for TOKEN_USER, with a
    // TOKEN_USER whose SID points into the same buffer, which lives until the end of this
    // function; the read copies the struct.
    let user = unsafe { *buffer.as_ptr().cast::<TOKEN_USER>() };
    let inheritance = if path.is_dir() {
        SUB_CONTAINERS_AND_OBJECTS_INHERIT
    } else {
        NO_INHERITANCE
    };
    let entry = EXPLICIT_ACCESS_W {
        grfAccessPermissions: FILE_ALL_ACCESS,
        grfAccessMode: SET_ACCESS,
        grfInheritance: inheritance,
        Trustee: TRUSTEE_W {
            pMultipleTrustee: std::ptr::null_mut(),
            MultipleTrusteeOperation: NO_MULTIPLE_TRUSTEE,
            TrusteeForm: TRUSTEE_IS_SID,
            TrusteeType: TRUSTEE_IS_USER,
            // With TRUSTEE_IS_SID the name field carries the SID pointer.
            ptstrName: user.User.Sid.cast(),
        },
    };
    let mut acl: *mut ACL = std::ptr::null_mut();
    // SAFETY: one valid entry whose SID (in `buffer`) outlives the call; no old ACL; the new
    // ACL's pointer is written to `acl`, a valid local, and freed by LocalAcl below.
    let status = unsafe { SetEntriesInAclW(1, &entry, std::ptr::null(), &mut acl) };
    if status != ERROR_SUCCESS {
        return Err(io::Error::from_raw_os_error(status as i32));
    }
    let acl = LocalAcl(acl);
    let name = wide(path.as_os_str());
    // SAFETY: `name` is a NUL-terminated UTF-16 path and `acl.0` a valid ACL, both alive for
    // the call, which only reads them; the owner, group and SACL are not changed (null).
    let status = unsafe {
        SetNamedSecurityInfoW(
            name.as_ptr(),
            SE_FILE_OBJECT,
            DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
            std::ptr::null_mut(),
            std::ptr::null_mut(),
            acl.0,
            std::ptr::null(),
        )
    };
    if status != ERROR_SUCCESS {
        return Err(io::Error::from_raw_os_error(status as i32));
    }
    Ok(())
}
