"use client";

export default function GlobalError() {
  return (
    <html lang="en-GB">
      <body style={{ fontFamily: "Arial, sans-serif", padding: "2rem", color: "#212b32" }}>
        <h1>Sorry, there is a problem with the service</h1>
        <p>Try again in a few minutes.</p>
      </body>
    </html>
  );
}
