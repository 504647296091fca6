//! Content encryption (`encrypt_type=AES`): the merchant's AES key and the cipher the platform uses with it.
//!
//! When content encryption is switched on in the open platform console, the request's `biz_content` is sent as
//! ciphertext (with `encrypt_type=AES` among the common parameters, and the signature computed over the ciphertext),
//! and the response node comes back as a JSON string holding ciphertext. The cipher is fixed by the platform:
//! AES in CBC mode with an IV of 16 zero bytes, PKCS#7 padding, and standard base64 (with padding) around the
//! ciphertext.
//!
//! The console hands out a 128-bit key as base64 (24 characters). [`AesKey`] also accepts 192- and 256-bit keys
//! (32 and 44 base64 characters), which the official Java SDK supports as well; the key length picks AES-128,
//! AES-192 or AES-256.
//!
//! ```
//! use alipay_core::aes::AesKey;
//!
//! // Parsed once, at start-up; encrypting and decrypting never re-parse it.
//! let key = AesKey::from_base64("MDEyMzQ1Njc4OWFiY2RlZg==")?;
//! let ciphertext = key.encrypt(r#"{"out_trade_no":"T1"}"#);
//! assert_eq!(key.decrypt(&ciphertext)?, r#"{"out_trade_no":"T1"}"#);
//!
//! // The key never shows up in logs.
//! assert_eq!(format!("{key:?}"), "AesKey { bits: 128, .. }");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Text is encrypted as UTF-8. A merchant whose requests use another charset (`gbk`) encrypts the bytes of the
//! content in that charset: [`AesKey::encrypt_in`] and [`AesKey::decrypt_in`] do that (the client uses them with
//! its charset), [`AesKey::encrypt_bytes`] and [`AesKey::decrypt_bytes`] work on bytes.

use std::fmt;

use aes::cipher::block_padding::Pkcs7;
use aes::cipher::consts::U16;
use aes::cipher::generic_array::GenericArray;
use aes::cipher::{BlockCipher, BlockDecryptMut, BlockEncryptMut, BlockSizeUser, InnerIvInit, KeyInit};
use aes::{Aes128, Aes192, Aes256};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;

use crate::charset::{Charset, CharsetError};

/// The AES block size, in bytes: every ciphertext is a non-zero multiple of it.
const BLOCK_LEN: usize = 16;

/// The platform's IV: 16 zero bytes, for every message.
const ZERO_IV: [u8; BLOCK_LEN] = [0; BLOCK_LEN];

/// The merchant's content-encryption key (接口内容加密密钥), parsed once and ready to encrypt and decrypt.
///
/// Cloning is cheap (the expanded key schedule is copied). The key material is wiped from memory when the last
/// copy is dropped, and neither `Debug` nor any error message ever contains it.
#[derive(Clone)]
pub struct AesKey {
    cipher: Cipher,
}

/// The expanded key, for the key length given.
#[derive(Clone)]
enum Cipher {
    Aes128(Aes128),
    Aes192(Aes192),
    Aes256(Aes256),
}

/// A content-encryption key that could not be read.
///
/// The message says what is wrong with the key without ever repeating it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum AesKeyError {
    /// The text is not standard base64.
    #[error(
        "the AES key is not valid base64 ({reason}); expected the key exactly as the open platform console shows \
         it, like `MDEyMzQ1Njc4OWFiY2RlZg==`"
    )]
    Base64 {
        /// What the base64 decoder rejected (an offset and a character class, never the key's text).
        reason: String,
    },
    /// The key decodes to a length that is not an AES key length.
    #[error(
        "the AES key is {len} bytes long; an AES key is 16 bytes (AES-128, what the console issues, 24 base64 \
         characters), 24 bytes (AES-192) or 32 bytes (AES-256)"
    )]
    Length {
        /// The decoded length, in bytes.
        len: usize,
    },
}

/// Ciphertext that could not be decrypted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum AesDecryptError {
    /// The ciphertext is not standard base64.
    #[error("the encrypted content is not valid base64: {reason}")]
    Base64 {
        /// What the base64 decoder rejected, with its offset.
        reason: String,
    },
    /// The decoded ciphertext is not a whole number of AES blocks.
    #[error(
        "the encrypted content is {len} bytes long once decoded; AES-CBC ciphertext is a non-zero multiple of 16 \
         bytes, so this content was not encrypted with `encrypt_type=AES` or was cut short"
    )]
    Length {
        /// The decoded length, in bytes.
        len: usize,
    },
    /// The last block does not end in valid PKCS#7 padding after decryption.
    #[error(
        "the encrypted content does not decrypt to valid PKCS#7 padding: it was encrypted with another key (check \
         that the AES key configured matches the one in the open platform console) or it was altered"
    )]
    Padding,
    /// The plaintext is not valid in the request's charset (GBK).
    #[error(
        "the decrypted content is not valid {charset} (malformed sequence at byte {offset}): the AES key is wrong or \
         the content was encrypted in another charset"
    )]
    Charset {
        /// The request's charset.
        charset: Charset,
        /// Where the first malformed sequence starts.
        offset: usize,
    },
    /// The plaintext is not UTF-8.
    #[error(
        "the decrypted content is not UTF-8 (invalid byte at offset {valid_up_to}): it is in another charset \
         (decrypt it with `decrypt_bytes` and decode it in the request's charset) or the AES key is wrong"
    )]
    Utf8 {
        /// The length of the longest valid UTF-8 prefix.
        valid_up_to: usize,
    },
}

impl AesKey {
    /// Reads the key as the open platform console shows it: standard base64, with padding. Surrounding whitespace
    /// (a trailing newline from a file or an environment variable) is ignored.
    ///
    /// ```
    /// use alipay_core::aes::{AesKey, AesKeyError};
    ///
    /// assert_eq!(AesKey::from_base64("MDEyMzQ1Njc4OWFiY2RlZg==\n")?.bits(), 128);
    /// assert!(matches!(AesKey::from_base64("MDEyMzQ1Njc4OQ=="), Err(AesKeyError::Length { len: 10 })));
    /// # Ok::<(), AesKeyError>(())
    /// ```
    pub fn from_base64(key: &str) -> Result<Self, AesKeyError> {
        let mut bytes = STANDARD
            .decode(key.trim())
            .map_err(|error| AesKeyError::Base64 { reason: describe_base64_error(error) })?;
        let key = Self::from_bytes(&bytes);
        bytes.fill(0);
        key
    }

    /// Uses raw key bytes: 16 (AES-128), 24 (AES-192) or 32 (AES-256).
    pub fn from_bytes(key: &[u8]) -> Result<Self, AesKeyError> {
        let cipher = match key.len() {
            16 => Cipher::Aes128(Aes128::new_from_slice(key).map_err(|_| AesKeyError::Length { len: key.len() })?),
            24 => Cipher::Aes192(Aes192::new_from_slice(key).map_err(|_| AesKeyError::Length { len: key.len() })?),
            32 => Cipher::Aes256(Aes256::new_from_slice(key).map_err(|_| AesKeyError::Length { len: key.len() })?),
            len => return Err(AesKeyError::Length { len }),
        };
        Ok(Self { cipher })
    }

    /// The key length in bits: 128, 192 or 256.
    pub fn bits(&self) -> u32 {
        match self.cipher {
            Cipher::Aes128(_) => 128,
            Cipher::Aes192(_) => 192,
            Cipher::Aes256(_) => 256,
        }
    }

    /// Encrypts UTF-8 text (the `biz_content` JSON) and returns the base64 ciphertext to send in its place.
    ///
    /// Encryption cannot fail: any text, including the empty string, has a ciphertext.
    pub fn encrypt(&self, plaintext: &str) -> String {
        self.encrypt_bytes(plaintext.as_bytes())
    }

    /// Encrypts bytes (content already encoded in the request's charset) and returns the base64 ciphertext.
    pub fn encrypt_bytes(&self, plaintext: &[u8]) -> String {
        let ciphertext = match &self.cipher {
            Cipher::Aes128(cipher) => encrypt_cbc(cipher, plaintext),
            Cipher::Aes192(cipher) => encrypt_cbc(cipher, plaintext),
            Cipher::Aes256(cipher) => encrypt_cbc(cipher, plaintext),
        };
        STANDARD.encode(ciphertext)
    }

    /// Decrypts base64 ciphertext (a response node's string value, with its JSON escapes already undone) into
    /// UTF-8 text.
    ///
    /// ```
    /// use alipay_core::aes::{AesDecryptError, AesKey};
    ///
    /// let key = AesKey::from_base64("MDEyMzQ1Njc4OWFiY2RlZg==")?;
    /// assert!(matches!(key.decrypt("not base64!"), Err(AesDecryptError::Base64 { .. })));
    /// assert!(matches!(key.decrypt("AAAA"), Err(AesDecryptError::Length { len: 3 })));
    /// # Ok::<(), alipay_core::aes::AesKeyError>(())
    /// ```
    pub fn decrypt(&self, ciphertext_base64: &str) -> Result<String, AesDecryptError> {
        let plaintext = self.decrypt_bytes(ciphertext_base64)?;
        String::from_utf8(plaintext)
            .map_err(|error| AesDecryptError::Utf8 { valid_up_to: error.utf8_error().valid_up_to() })
    }

    /// Decrypts base64 ciphertext into the plaintext bytes, for content in a charset other than UTF-8.
    ///
    /// Whitespace inside the base64 text (line breaks some encoders insert) is ignored.
    pub fn decrypt_bytes(&self, ciphertext_base64: &str) -> Result<Vec<u8>, AesDecryptError> {
        let mut buffer = decode_base64(ciphertext_base64)?;
        if buffer.is_empty() || buffer.len() % BLOCK_LEN != 0 {
            return Err(AesDecryptError::Length { len: buffer.len() });
        }
        let plaintext_len = match &self.cipher {
            Cipher::Aes128(cipher) => decrypt_cbc(cipher, &mut buffer),
            Cipher::Aes192(cipher) => decrypt_cbc(cipher, &mut buffer),
            Cipher::Aes256(cipher) => decrypt_cbc(cipher, &mut buffer),
        }?;
        buffer.truncate(plaintext_len);
        Ok(buffer)
    }
}

impl AesKey {
    /// Encrypts text as the client sends it: its bytes in the request's `charset` (UTF-8 or GBK), as the official
    /// SDKs do. Fails only on a character the charset cannot carry.
    ///
    /// ```
    /// use alipay_core::Charset;
    /// use alipay_core::aes::AesKey;
    ///
    /// let key = AesKey::from_base64("MDEyMzQ1Njc4OWFiY2RlZg==")?;
    /// let ciphertext = key.encrypt_in("测试", Charset::Gbk)?;
    /// assert_eq!(key.decrypt_bytes(&ciphertext)?, [0xb2, 0xe2, 0xca, 0xd4]);
    /// assert_eq!(key.decrypt_in(&ciphertext, Charset::Gbk)?, "测试");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn encrypt_in(&self, plaintext: &str, charset: Charset) -> Result<String, CharsetError> {
        Ok(self.encrypt_bytes(&charset.encode(plaintext)?))
    }

    /// Decrypts base64 ciphertext into text in the request's `charset`: what the client does with an encrypted
    /// response node once its signature has been checked.
    pub fn decrypt_in(&self, ciphertext_base64: &str, charset: Charset) -> Result<String, AesDecryptError> {
        if charset == Charset::Utf8 {
            return self.decrypt(ciphertext_base64);
        }
        let plaintext = self.decrypt_bytes(ciphertext_base64)?;
        match charset.decode(&plaintext) {
            Ok(text) => Ok(text.into_owned()),
            Err(CharsetError::Malformed { offset, .. }) => Err(AesDecryptError::Charset { charset, offset }),
            Err(_) => Err(AesDecryptError::Charset { charset, offset: 0 }),
        }
    }
}

impl fmt::Debug for AesKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AesKey").field("bits", &self.bits()).finish_non_exhaustive()
    }
}

/// AES-CBC with the zero IV and PKCS#7 padding, from an already expanded key.
fn encrypt_cbc<C>(cipher: &C, plaintext: &[u8]) -> Vec<u8>
where
    C: BlockCipher + BlockEncryptMut + BlockSizeUser<BlockSize = U16> + Clone,
{
    cbc::Encryptor::<C>::inner_iv_init(cipher.clone(), &GenericArray::from(ZERO_IV))
        .encrypt_padded_vec_mut::<Pkcs7>(plaintext)
}

/// Decrypts in place and returns the plaintext's length (the buffer's length less the padding).
fn decrypt_cbc<C>(cipher: &C, buffer: &mut [u8]) -> Result<usize, AesDecryptError>
where
    C: BlockCipher + BlockDecryptMut + BlockSizeUser<BlockSize = U16> + Clone,
{
    cbc::Decryptor::<C>::inner_iv_init(cipher.clone(), &GenericArray::from(ZERO_IV))
        .decrypt_padded_mut::<Pkcs7>(buffer)
        .map(<[u8]>::len)
        .map_err(|_| AesDecryptError::Padding)
}

/// Decodes standard base64, skipping ASCII whitespace.
fn decode_base64(text: &str) -> Result<Vec<u8>, AesDecryptError> {
    crate::crypto::decode_base64_lenient(text).map_err(|error| AesDecryptError::Base64 { reason: error.to_string() })
}

/// The decoder's complaint without the key's characters: only offsets and lengths.
fn describe_base64_error(error: base64::DecodeError) -> String {
    use base64::DecodeError;
    match error {
        DecodeError::InvalidByte(offset, _) => format!("a character that is not base64 at offset {offset}"),
        DecodeError::InvalidLength(len) => format!("{len} base64 characters, a count no base64 text has"),
        DecodeError::InvalidLastSymbol(offset, _) => {
            format!("the last character, at offset {offset}, has bits set that base64 leaves zero")
        }
        DecodeError::InvalidPadding => "missing or misplaced `=` padding".into(),
    }
}
