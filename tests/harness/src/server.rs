//! A static HTTP server for `dist/` on 127.0.0.1 that serves the precompressed files the build
//! writes, as nginx's `brotli_static`/`gzip_static` or a CDN does, with the headers a test asks
//! for (a Content-Security-Policy, delays, responses held until the test releases them).

use crate::engine::Engine;
use std::{
    collections::HashMap,
    io::{BufRead, BufReader, Write},
    net::{TcpListener, TcpStream},
    path::{Path, PathBuf},
    sync::{Arc, Condvar, Mutex},
    time::Duration,
};

/// What the static server sends besides the files of its root.
#[derive(Clone, Default)]
pub struct Site {
    /// A `Content-Security-Policy` header for every HTML response.
    pub csp: Option<String>,
    /// Extra pages, scripts or stylesheets by path (e.g. `/host.html`), served before files.
    pub pages: HashMap<String, String>,
    /// Paths whose responses are held back this long (to look at the page before the wasm runs).
    pub delays: HashMap<String, Duration>,
    /// Paths whose responses are held back as long as the test sets, changed between loads.
    pub varying_delays: Arc<Mutex<HashMap<String, Duration>>>,
    /// Paths whose responses wait until the test calls `Server::release` (to look at the page
    /// before the wasm runs, however long an engine takes to get there).
    pub held: Vec<String>,
    /// The URL path the files are served under (`/` when empty), to show that `dist/` works
    /// under any path.
    pub prefix: String,
    /// Files whose bytes are replaced, by path (a file altered on its host), served as they
    /// are, uncompressed.
    pub altered: HashMap<String, Vec<u8>>,
    /// Whether every response says `Access-Control-Allow-Origin: *`, as a CDN serving another
    /// origin's pages does.
    pub cors: bool,
}

/// A static HTTP server on 127.0.0.1 that runs until the test process ends. For a client that
/// accepts them, it sends the precompressed `FILE.br` or `FILE.gz` the build writes beside a
/// file, as nginx's `brotli_static`/`gzip_static` do.
pub struct Server {
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    gate: Arc<Gate>,
}

/// Whether the held responses may go, and the condition their threads wait on.
#[derive(Default)]
struct Gate {
    open: Mutex<bool>,
    opened: Condvar,
}

/// The longest a held response waits for `Server::release`: a test that never releases it
/// fails on its own timeout first.
const HELD_AT_MOST: Duration = Duration::from_secs(60);

impl Gate {
    fn wait(&self) {
        let open = self.open.lock().unwrap_or_else(|e| e.into_inner());
        let _ = self
            .opened
            .wait_timeout_while(open, HELD_AT_MOST, |open| !*open);
    }
}

impl Server {
    /// Serves `dir` and `site` on a free port.
    pub fn start(dir: PathBuf, site: Site) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let site = Arc::new(site);
        let gate = Arc::new(Gate::default());
        let held = gate.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (dir, site, held) = (dir.clone(), site.clone(), held.clone());
                std::thread::spawn(move || {
                    let _ = respond(stream, &dir, &site, &held);
                });
            }
        });
        Server { base, gate }
    }

    /// Lets the held responses (`Site::held`) go, and those asked for later at once.
    pub fn release(&self) {
        *self.gate.open.lock().unwrap_or_else(|e| e.into_inner()) = true;
        self.gate.opened.notify_all();
    }

    /// The absolute URL of `path`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

fn respond(mut stream: TcpStream, dir: &Path, site: &Site, gate: &Gate) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request = String::new();
    reader.read_line(&mut request)?;
    let mut header = String::new();
    let (mut accepts_gzip, mut accepts_brotli) = (false, false);
    while reader.read_line(&mut header)? > 2 {
        let lower = header.to_ascii_lowercase();
        if let Some(encodings) = lower.strip_prefix("accept-encoding:") {
            let accepted = |name: &str| {
                encodings
                    .split(',')
                    .any(|e| e.trim().split(';').next() == Some(name))
            };
            accepts_gzip |= accepted("gzip");
            accepts_brotli |= accepted("br");
        }
        header.clear();
    }
    let target = request.split_whitespace().nth(1).unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let path = if path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.to_owned()
    };
    let varying = site
        .varying_delays
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(&path)
        .copied();
    if let Some(delay) = site.delays.get(&path).copied().or(varying) {
        std::thread::sleep(delay);
    }
    if site.held.contains(&path) {
        gate.wait();
    }
    let prefix = if site.prefix.is_empty() {
        "/"
    } else {
        &site.prefix
    };
    let mut encoding = None;
    let body = match (site.pages.get(&path), path.strip_prefix(prefix)) {
        (Some(page), _) => Some(page.clone().into_bytes()),
        _ if site.altered.contains_key(&path) => site.altered.get(&path).cloned(),
        (None, Some(file)) if !file.contains("..") => {
            let file = dir.join(file);
            let precompressed = [("br", accepts_brotli), ("gzip", accepts_gzip)]
                .into_iter()
                .filter(|(_, accepted)| *accepted)
                .find_map(|(name, _)| {
                    let suffix = if name == "br" { "br" } else { "gz" };
                    let mut beside = file.clone().into_os_string();
                    beside.push(format!(".{suffix}"));
                    std::fs::read(beside).ok().map(|bytes| (name, bytes))
                });
            match precompressed {
                Some((name, bytes)) if file.is_file() => {
                    encoding = Some(name);
                    Some(bytes)
                }
                _ => std::fs::read(&file).ok(),
            }
        }
        _ => None,
    };
    // In an engine without a log endpoint the page records its own console (`Browser::console`).
    let body = match body {
        _ if path == CONSOLE_PROBE_PATH && Engine::current() != Engine::Chromium => {
            Some(CONSOLE_PROBE.as_bytes().to_vec())
        }
        Some(body) if encoding.is_none() && Engine::current() != Engine::Chromium => {
            Some(with_console_probe(body, &path))
        }
        body => body,
    };
    let Some(body) = body else {
        return stream.write_all(
            b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        );
    };
    let kind = match Path::new(&path).extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css",
        Some("svg") => "image/svg+xml",
        Some("json") => "application/json",
        _ => "application/octet-stream",
    };
    let mut head = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nVary: Accept-Encoding\r\nConnection: close\r\n",
        body.len()
    );
    if let Some(encoding) = encoding {
        head.push_str(&format!("Content-Encoding: {encoding}\r\n"));
    }
    if site.cors {
        head.push_str("Access-Control-Allow-Origin: *\r\n");
    }
    if let (Some(csp), true) = (&site.csp, kind.starts_with("text/html")) {
        head.push_str(&format!("Content-Security-Policy: {csp}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    stream.write_all(&body)
}

/// Where the console probe is served.
const CONSOLE_PROBE_PATH: &str = "/__news-card-console.js";

/// A classic script that records the page's console warnings and errors, uncaught errors,
/// failed loads and policy violations, as `LEVEL message`, for `Browser::console`.
const CONSOLE_PROBE: &str = r#"(() => {
  const log = (window.__newsCardConsole = []);
  for (const [level, name] of [['WARNING', 'warn'], ['SEVERE', 'error']]) {
    const original = console[name];
    console[name] = (...args) => {
      log.push(`${level} ${args.map(String).join(' ')}`);
      original.apply(console, args);
    };
  }
  addEventListener('error', (e) => log.push(e.target === window
    ? `SEVERE ${e.message}` : `SEVERE failed to load ${e.target.src ?? e.target.href}`), true);
  addEventListener('unhandledrejection', (e) => log.push(`SEVERE ${e.reason}`));
  document.addEventListener('securitypolicyviolation',
    (e) => log.push(`SEVERE refused by ${e.violatedDirective}: ${e.blockedURI}`));
})();
"#;

/// An HTML page with the console probe as the first script of its head.
fn with_console_probe(body: Vec<u8>, path: &str) -> Vec<u8> {
    if !(path.ends_with(".html") || path.ends_with('/')) {
        return body;
    }
    let Ok(html) = String::from_utf8(body.clone()) else {
        return body;
    };
    let Some(head) = html
        .find("<head")
        .and_then(|at| html[at..].find('>').map(|end| at + end + 1))
    else {
        return body;
    };
    let tag = format!("<script src=\"{CONSOLE_PROBE_PATH}\"></script>");
    format!("{}{tag}{}", &html[..head], &html[head..]).into_bytes()
}

/// `bytes` gzip-compressed at flate2's best level (the size gate's measure of the content).
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder
        .write_all(bytes)
        .expect("writing to memory cannot fail");
    encoder.finish().expect("writing to memory cannot fail")
}
