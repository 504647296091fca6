#!/usr/bin/env python3
"""Generates the test PKI of this folder (run from it; needs the `cryptography` package).

It mirrors how the platform's certificates are built: a root bundle holding RSA roots (SHA-256 and SHA-1
signed) and an ECC root, an intermediate that has no basic constraints and no keyCertSign key usage (like
"Ant Financial Certification Authority Class 2 R1"), and platform certificate files holding the platform's
certificate followed by its issuer. Private keys are thrown away: only certificates are written, except the
key of the "rotated" platform certificate of the client tests (`client-rotated.key`), with which a test gateway
signs its answers.
"""

import datetime

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.name import _ASN1Type
from cryptography.x509.oid import NameOID

UTC = datetime.timezone.utc


def when(year, month=1, day=1):
    return datetime.datetime(year, month, day, tzinfo=UTC)


def name(cn, o="Alipay RS Test", ou="Certification Authority test"):
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, o),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, ou),
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
        ]
    )


def rsa_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


AS_PLATFORM_INTERMEDIATE = x509.KeyUsage(
    digital_signature=True,
    content_commitment=True,
    key_encipherment=True,
    data_encipherment=True,
    key_agreement=False,
    key_cert_sign=False,
    crl_sign=False,
    encipher_only=False,
    decipher_only=False,
)


def certificate(subject, key, issuer, issuer_key, serial, start, end, hash_alg, extensions=()):
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key.public_key() if hasattr(key, "public_key") else key)
        .serial_number(serial)
        .not_valid_before(start)
        .not_valid_after(end)
    )
    for extension, critical in extensions:
        builder = builder.add_extension(extension, critical=critical)
    if isinstance(hash_alg, hashes.SHA1):
        return sign_sha1(builder.sign(issuer_key, hashes.SHA256()), issuer_key)
    return builder.sign(issuer_key, hash_alg)


SHA256_WITH_RSA = bytes.fromhex("300d06092a864886f70d01010b0500")
SHA1_WITH_RSA = bytes.fromhex("300d06092a864886f70d0101050500")


def sign_sha1(cert, issuer_key):
    """The library no longer signs certificates with SHA-1: swap the algorithm identifiers (same length) in a
    SHA-256 certificate and sign its TBS again."""
    der = cert.public_bytes(serialization.Encoding.DER)
    assert der.count(SHA256_WITH_RSA) == 2
    der = der.replace(SHA256_WITH_RSA, SHA1_WITH_RSA)
    tbs = x509.load_der_x509_certificate(der).tbs_certificate_bytes
    signature = issuer_key.sign(tbs, padding.PKCS1v15(), hashes.SHA1())
    assert len(signature) == issuer_key.key_size // 8
    return x509.load_der_x509_certificate(der[: -len(signature)] + signature)


CA = [(x509.BasicConstraints(ca=True, path_length=None), True)]
END_ENTITY = [(x509.BasicConstraints(ca=False, path_length=None), True)]


def root(subject, key, serial, hash_alg):
    return certificate(subject, key, subject, key, serial, when(2020), when(2050), hash_alg, CA)


def write(path, *certs, der=False):
    with open(path, "wb") as out:
        for cert in certs:
            out.write(cert.public_bytes(serialization.Encoding.DER if der else serialization.Encoding.PEM))


# The root bundle: an ECC root first (like the bundle's SM2 and ECC roots), then two RSA roots.
e1_key = ec.generate_private_key(ec.SECP384R1())
e1 = root(name("Test Root E1"), e1_key, 0x1001, hashes.SHA384())
r1_key = rsa_key()
r1 = root(name("Test Root R1"), r1_key, 0x2002, hashes.SHA256())
g3_key = rsa_key()
g3 = root(name("Test Root G3", o="Legacy Trust"), g3_key, 0x3003, hashes.SHA1())
write("roots.pem", e1, r1, g3)

# The platform chain: platform certificate, then its issuer, an intermediate shaped like the platform's own.
class2_key = rsa_key()
class2 = certificate(
    name("Test Class 2 R1"), class2_key, r1.subject, r1_key, 0x4004, when(2020), when(2035), hashes.SHA256(),
    [(AS_PLATFORM_INTERMEDIATE, True)],
)
platform_key = rsa_key()
platform = certificate(
    name("Test Platform-2088000000000001", o="sandbox@example.com", ou="Alipay"), platform_key,
    class2.subject, class2_key, 0x202401010000000000000000000001, when(2024), when(2030), hashes.SHA256(),
    [(AS_PLATFORM_INTERMEDIATE, True)],
)
write("platform.pem", platform, class2)
write("platform.der", platform, der=True)

# An app certificate from the same intermediate (SHA-384).
app = certificate(
    name("2088000000000001-2021000000000001", o="sandbox@example.com", ou="Alipay"), rsa_key(),
    class2.subject, class2_key, 0x202401010000000000000000000002, when(2024), when(2030), hashes.SHA384(),
    [(AS_PLATFORM_INTERMEDIATE, True)],
)
write("app.pem", app)

# A chain through the SHA-1 root: a SHA-1 intermediate, and a SHA-512 platform certificate.
class3_key = rsa_key()
class3 = certificate(
    name("Test Class 3 G3", o="Legacy Trust"), class3_key, g3.subject, g3_key, 0x5005, when(2020), when(2035),
    hashes.SHA1(), [(AS_PLATFORM_INTERMEDIATE, True)],
)
legacy = certificate(
    name("Test Legacy Platform"), rsa_key(), class3.subject, class3_key, 0x6006, when(2024), when(2030),
    hashes.SHA512(),
)
write("platform-sha1-root.pem", legacy, class3)

# An impostor: an intermediate signed by a root that bears R1's name but another key.
fake_r1_key = rsa_key()
impostor_class2_key = rsa_key()
impostor_class2 = certificate(
    name("Test Class 2 R1"), impostor_class2_key, r1.subject, fake_r1_key, 0x7007, when(2020), when(2035),
    hashes.SHA256(), [(AS_PLATFORM_INTERMEDIATE, True)],
)
impostor = certificate(
    name("Test Platform-2088000000000001", o="sandbox@example.com", ou="Alipay"), rsa_key(),
    impostor_class2.subject, impostor_class2_key, 0x8008, when(2024), when(2030), hashes.SHA256(),
)
write("impostor.pem", impostor, impostor_class2)

# Another PKI altogether, whose root is not in the bundle.
other_root_key = rsa_key()
other_root = root(name("Other Root", o="Other Trust"), other_root_key, 0x9009, hashes.SHA256())
other_class2_key = rsa_key()
other_class2 = certificate(
    name("Other Class 2", o="Other Trust"), other_class2_key, other_root.subject, other_root_key, 0xA00A,
    when(2020), when(2035), hashes.SHA256(),
)
other = certificate(
    name("Other Platform", o="Other Trust"), rsa_key(), other_class2.subject, other_class2_key, 0xB00B,
    when(2024), when(2030), hashes.SHA256(),
)
write("other-pki.pem", other, other_class2)

# A self-signed certificate.
self_key = rsa_key()
write("self-signed.pem", root(name("Self Signed Platform"), self_key, 0xC00C, hashes.SHA256()))

# A certificate signed by an end entity (basic constraints cA=false) that the intermediate issued.
end_entity_key = rsa_key()
end_entity = certificate(
    name("Test End Entity"), end_entity_key, class2.subject, class2_key, 0xD00D, when(2024), when(2030),
    hashes.SHA256(), END_ENTITY,
)
by_end_entity = certificate(
    name("Test Platform-2088000000000001", o="sandbox@example.com", ou="Alipay"), rsa_key(),
    end_entity.subject, end_entity_key, 0xE00E, when(2024), when(2030), hashes.SHA256(),
)
write("issued-by-end-entity.pem", by_end_entity, end_entity, class2)

# A chain under the ECC root: ECDSA signatures, which are not verified.
ec_class2_key = ec.generate_private_key(ec.SECP384R1())
ec_class2 = certificate(
    name("Test Class 2 E1"), ec_class2_key, e1.subject, e1_key, 0xF00F, when(2020), when(2035), hashes.SHA384(),
)
ec_platform = certificate(
    name("Test ECC Platform"), rsa_key(), ec_class2.subject, ec_class2_key, 0x10010, when(2024), when(2030),
    hashes.SHA384(),
)
write("ecc-chain.pem", ec_platform, ec_class2)

# Names that need escaping, a multi-valued RDN, OID-named attributes, other string types, a 20-byte serial.
tricky_issuer = x509.Name(
    [
        x509.RelativeDistinguishedName([x509.NameAttribute(NameOID.DOMAIN_COMPONENT, "example")]),
        x509.RelativeDistinguishedName([x509.NameAttribute(NameOID.COUNTRY_NAME, "CN")]),
        x509.RelativeDistinguishedName(
            [
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Ant, Inc.+Co"),
                x509.NameAttribute(NameOID.USER_ID, "uid-1"),
            ]
        ),
        x509.RelativeDistinguishedName([x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, " padded ")]),
        x509.RelativeDistinguishedName([x509.NameAttribute(NameOID.LOCALITY_NAME, "杭州", _type=_ASN1Type.BMPString)]),
        x509.RelativeDistinguishedName([x509.NameAttribute(NameOID.STATE_OR_PROVINCE_NAME, "浙江省")]),
        x509.RelativeDistinguishedName([x509.NameAttribute(NameOID.EMAIL_ADDRESS, "ca@example.com")]),
        x509.RelativeDistinguishedName([x509.NameAttribute(NameOID.SERIAL_NUMBER, "SN-42")]),
        x509.RelativeDistinguishedName(
            [x509.NameAttribute(NameOID.COMMON_NAME, '#1 "CA" <x>;y=z\\w')]
        ),
    ]
)
tricky_key = rsa_key()
tricky = certificate(
    name("Tricky Names Leaf"), tricky_key, tricky_issuer, tricky_key, 0x7FEEDDCCBBAA99887766554433221100FFEEDDCC,
    when(2024), when(2030), hashes.SHA256(),
)
write("tricky-names.pem", tricky)


# The client tests (certificate mode): certificates for the project's fixture keys (tests/data/app_public.pem, the
# app's key, and tests/data/alipay_public.pem, the platform's key, whose private halves are in tests/data), under an
# intermediate issued by R1 that stays valid until 2049, and a second ("rotated") platform key the client must
# download a certificate for.
def load_public(path):
    with open(path, "rb") as pem:
        return serialization.load_pem_public_key(pem.read())


def platform_name(cn):
    return name(cn, o="sandbox@example.com", ou="Alipay")


client_ca_key = rsa_key()
client_ca = certificate(
    name("Test Client CA R1"), client_ca_key, r1.subject, r1_key, 0x11011, when(2020), when(2049), hashes.SHA256(),
    [(AS_PLATFORM_INTERMEDIATE, True)],
)
client_app = certificate(
    platform_name("2088000000000001-2021000000000001"), load_public("../../app_public.pem"), client_ca.subject,
    client_ca_key, 0x202401010000000000000000000101, when(2024), when(2049), hashes.SHA256(),
    [(AS_PLATFORM_INTERMEDIATE, True)],
)
write("client-app.pem", client_app)
client_platform = certificate(
    platform_name("Test Platform-2088000000000001"), load_public("../../alipay_public.pem"), client_ca.subject,
    client_ca_key, 0x202401010000000000000000000102, when(2024), when(2049), hashes.SHA256(),
    [(AS_PLATFORM_INTERMEDIATE, True)],
)
write("client-platform.pem", client_platform, client_ca)

rotated_key = rsa_key()
with open("client-rotated.key", "wb") as out:
    out.write(
        rotated_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
ROTATED_SERIAL = 0x202401010000000000000000000103


def rotated(serial, start, end, issuer=client_ca, issuer_key=client_ca_key):
    return certificate(
        platform_name("Test Platform-2088000000000001"), rotated_key, issuer.subject, issuer_key, serial, start, end,
        hashes.SHA256(), [(AS_PLATFORM_INTERMEDIATE, True)],
    )


write("client-rotated.pem", rotated(ROTATED_SERIAL, when(2024), when(2049)), client_ca)
write("client-expired.pem", rotated(0x202401010000000000000000000104, when(2020), when(2021)), client_ca)
write("client-not-yet-valid.pem", rotated(0x202401010000000000000000000105, when(2090), when(2099)), client_ca)

# The rotated key under an intermediate that bears the client CA's name but is signed by a root bearing R1's name
# with another key: the same issuer name and serial, so the same certificate SN as client-rotated.pem.
client_impostor_ca_key = rsa_key()
client_impostor_ca = certificate(
    name("Test Client CA R1"), client_impostor_ca_key, r1.subject, fake_r1_key, 0x12012, when(2020), when(2049),
    hashes.SHA256(), [(AS_PLATFORM_INTERMEDIATE, True)],
)
write(
    "client-impostor.pem",
    rotated(ROTATED_SERIAL, when(2024), when(2049), client_impostor_ca, client_impostor_ca_key),
    client_impostor_ca,
)

# The rotated key under another PKI, whose root is not in the bundle.
other_client_ca_key = rsa_key()
other_client_ca = certificate(
    name("Other Client CA", o="Other Trust"), other_client_ca_key, other_root.subject, other_root_key, 0x13013,
    when(2020), when(2049), hashes.SHA256(),
)
write(
    "client-other-root.pem",
    rotated(0x202401010000000000000000000106, when(2024), when(2049), other_client_ca, other_client_ca_key),
    other_client_ca,
)
