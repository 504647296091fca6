//! A gateway that answers every request with one pre-signed body: the cheapest possible server, so that a
//! whole call's cost is the client's.

use std::io::{self, BufRead as _, BufReader, Read as _, Write as _};
use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::sync::Arc;
use std::thread;

/// A blocking HTTP/1.1 server on a free loopback port, one thread per connection, keep-alive. It reads each
/// request (headers, then `Content-Length` bytes of body) and writes the same response. It runs until the
/// process ends.
pub struct StaticGateway {
    url: String,
}

impl StaticGateway {
    /// Starts serving `body` (a signed response body) as `application/json`.
    pub fn start(body: &str) -> io::Result<Self> {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))?;
        let url = format!("http://{}/gateway.do", listener.local_addr()?);
        let response: Arc<[u8]> = format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json;charset=utf-8\r\ncontent-length: {}\r\n\r\n{body}",
            body.len()
        )
        .into_bytes()
        .into();
        thread::Builder::new().name("static-gateway".to_owned()).spawn(move || {
            for stream in listener.incoming().flatten() {
                let response = Arc::clone(&response);
                let _ = thread::Builder::new().name("static-gateway-conn".to_owned()).spawn(move || {
                    // A connection closed by the client ends its thread; nothing to report.
                    let _ = serve(stream, &response);
                });
            }
        })?;
        Ok(Self { url })
    }

    /// `http://127.0.0.1:<port>/gateway.do`.
    pub fn url(&self) -> &str {
        &self.url
    }
}

/// Answers every request of one connection with `response`.
fn serve(stream: TcpStream, response: &[u8]) -> io::Result<()> {
    stream.set_nodelay(true)?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut writer = stream;
    let mut line = String::new();
    loop {
        let mut length = 0u64;
        let mut started = false;
        loop {
            line.clear();
            if reader.read_line(&mut line)? == 0 {
                return Ok(());
            }
            let header = line.trim_end();
            if header.is_empty() {
                if started {
                    break;
                }
                continue;
            }
            started = true;
            if let Some((name, value)) = header.split_once(':')
                && name.eq_ignore_ascii_case("content-length")
            {
                length = value.trim().parse().map_err(|_| io::Error::other("bad content-length"))?;
            }
        }
        io::copy(&mut (&mut reader).take(length), &mut io::sink())?;
        writer.write_all(response)?;
    }
}
