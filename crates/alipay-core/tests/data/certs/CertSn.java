import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

/**
 * Prints, for every certificate of the files given, the issuer name, serial number and certificate SN the way the
 * official Java SDK computes them (AntCertificationUtil.getCertSN): MD5 of
 * X500Principal.getName() (RFC 2253) followed by the decimal serial number, 32 lowercase hex digits.
 *
 * Run: java CertSn.java gopay/appPublicCert.crt test-pki/tricky-names.pem
 */
public class CertSn {
    public static void main(String[] args) throws Exception {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        for (String file : args) {
            int index = 0;
            for (Certificate certificate : factory.generateCertificates(Files.newInputStream(Path.of(file)))) {
                X509Certificate x509 = (X509Certificate) certificate;
                String issuer = x509.getIssuerX500Principal().getName();
                String serial = x509.getSerialNumber().toString();
                MessageDigest md5 = MessageDigest.getInstance("MD5");
                byte[] digest = md5.digest((issuer + serial).getBytes(StandardCharsets.UTF_8));
                String sn = String.format("%032x", new BigInteger(1, digest));
                System.out.printf("%s #%d%n  issuer: %s%n  subject: %s%n  serial: %s%n  sn: %s%n  sigalg: %s%n",
                        file, ++index, issuer, x509.getSubjectX500Principal().getName(), serial, sn,
                        x509.getSigAlgOID());
            }
        }
    }
}
