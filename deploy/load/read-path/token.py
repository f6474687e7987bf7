#!/usr/bin/env python3
"""Prints an RS256 access token shaped like identity-service's (and test-kit's TestTokens), signed
with the benchmark's own key through the openssl command line: no Python packages needed.

Usage: token.py <private-key.pem> <subject> <role> [agency]
"""
import base64, json, subprocess, sys, time

def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

key, subject, role = sys.argv[1:4]
agency = sys.argv[4] if len(sys.argv) > 4 else None
now = int(time.time())
claims = {"iss": "http://localhost:8080/api/identity", "aud": "joint-funding-portal", "sub": subject,
          "upn": f"{subject}@bench.example", "email": f"{subject}@bench.example", "groups": [role],
          "iat": now, "exp": now + 3 * 3600}
if agency:
    claims["agency"] = agency
signing_input = b64(json.dumps({"alg": "RS256", "typ": "JWT", "kid": "bench-key"}).encode()) + "." + b64(json.dumps(claims).encode())
signature = subprocess.run(["openssl", "dgst", "-sha256", "-sign", key], input=signing_input.encode(),
                           capture_output=True, check=True).stdout
print(signing_input + "." + b64(signature))
