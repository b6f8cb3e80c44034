//! The end of a browser: its WebDriver server and the browser it started are one process
//! group, killed with it, and its profile removed, when a test fails with it or when the test
//! process ends, however it ends.

use std::{
    os::unix::process::CommandExt,
    path::Path,
    process::{Child, ChildStdin, Command, Stdio},
    sync::Mutex,
};

/// Kills the WebDriver server's process group and removes the profile once this test process
/// has ended: a shell, in a group of its own, waits for the end of a pipe only this process
/// holds. (Idle browsers outlive the last test, and the test harness runs no destructors at
/// exit.)
pub(crate) fn stop_at_exit(driver: &Child, profile: &Path) {
    static PIPES: Mutex<Vec<ChildStdin>> = Mutex::new(Vec::new());
    let script = format!(
        "trap '' INT HUP TERM; cat >/dev/null; kill -9 -{} 2>/dev/null; sleep 1; rm -rf '{}'",
        driver.id(),
        profile.display()
    );
    let reaper = Command::new("sh")
        .args(["-c", &script])
        .process_group(0)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    if let Ok(mut reaper) = reaper {
        if let Some(pipe) = reaper.stdin.take() {
            PIPES.lock().unwrap_or_else(|e| e.into_inner()).push(pipe);
        }
    }
}

/// Kills the WebDriver server and the browser it started (one process group) and removes the
/// profile, now.
pub(crate) fn stop(driver: &mut Child, profile: &Path) {
    let group = format!("-{}", driver.id());
    let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
    let _ = driver.wait();
    let _ = std::fs::remove_dir_all(profile);
}
