#!/usr/bin/env python3
"""Prints a JWKS holding the public half of an RSA private key (PEM), kid bench-key, through openssl."""
import base64, subprocess, sys

def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

modulus = subprocess.run(["openssl", "rsa", "-in", sys.argv[1], "-noout", "-modulus"], capture_output=True,
                         check=True, text=True).stdout.strip().split("=", 1)[1]
n = bytes.fromhex(modulus)
print('{"keys":[{"kty":"RSA","use":"sig","alg":"RS256","kid":"bench-key","n":"%s","e":"%s"}]}'
      % (b64(n), b64((65537).to_bytes(3, "big"))))
