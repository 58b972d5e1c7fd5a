package org.budayang.kiosk.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.budayang.api.ApiHeaders;
import org.budayang.api.ApiPaths;
import org.budayang.api.documents.DocumentPaths;
import org.budayang.api.documents.IssuedDocument;
import org.budayang.api.identity.EcTokenRequest;
import org.budayang.api.identity.EcTokenResult;
import org.budayang.api.identity.FaceCheckRequest;
import org.budayang.api.identity.FaceCheckResult;
import org.budayang.api.identity.IdentityPaths;
import org.budayang.api.json.ApiJson;
import org.budayang.api.problem.Problem;
import org.budayang.api.services.ApplicationReceipt;
import org.budayang.api.services.HelpAnswer;
import org.budayang.api.services.HelpRequest;
import org.budayang.api.services.QueryRequest;
import org.budayang.api.services.QueryResult;
import org.budayang.kiosk.core.enrol.KioskCredentials;
import org.budayang.kiosk.core.enrol.MutualTlsHttpClients;

/**
 * Typed calls to central's kiosk API (/api/v1) for the {@link JournalledServiceDesk}: an enrolled kiosk calls over
 * mutual TLS with its certificate ({@link #mutualTls}, decision 0014; no header names it), every POST an {@code Idempotency-Key} given by the caller (the journal step's key, so
 * a repeat after a crash gets central's first answer). Answers:
 * <ul>
 *   <li>2xx: the record, with {@link Reply#replayed()} when central answered from its idempotency store;</li>
 *   <li>a problem (RFC 9457, central's {@link Problem}): a {@link ServiceFailure} with central's code and citizen
 *       message, retryable for 5xx, 408, 429 and a 409 IDEMPOTENCY_KEY_IN_FLIGHT (or without a problem body);</li>
 *   <li>any other error status: {@code DEPARTMENT_UNAVAILABLE} (502/503/504), {@code CENTRAL_ERROR} (other 5xx)
 *       or {@code CENTRAL_REFUSED} (4xx), with the default citizen message of the status;</li>
 *   <li>no answer (refused, timed out, reset): {@code CENTRAL_UNREACHABLE}, retryable.</li>
 * </ul>
 * Thread-safe; close it when the kiosk stops.
 */
public final class CentralApi implements Closeable {
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    /** Department systems answer slower than the catalogue: a certificate is rendered and signed. */
    public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(15);
    public static final String QUERIES = ApiPaths.V1 + "/queries";
    /** Central's 409 for a request with the same Idempotency-Key still being answered: the one 409 to retry. */
    static final String IN_FLIGHT = "IDEMPOTENCY_KEY_IN_FLIGHT";
    public static final String APPLICATIONS = ApiPaths.V1 + "/applications";
    public static final String PENSION_CERTIFICATIONS = ApiPaths.V1 + "/pension-certifications";
    /** Issuing a certificate renders and signs a PDF: the first after central's start also loads the CJK font. */
    public static final Duration DOCUMENT_TIMEOUT = Duration.ofSeconds(60);

    /** A 2xx answer: the value, and whether central repeated its stored first answer to this key. */
    public record Reply<T>(T value, boolean replayed, int status) {
    }

    private final CentralHttp http;
    private final ObjectMapper json = ApiJson.mapper();

    /** What a kiosk without enrolment is called in logs: central answers its department calls 401. */
    public static final String NOT_ENROLLED = "no client certificate (the kiosk is not enrolled)";

    /** Without credentials, over plain HTTP or TLS with the JDK's trust: a kiosk not enrolled (central refuses it). */
    public CentralApi(URI baseUrl) {
        this(baseUrl, DEFAULT_CONNECT_TIMEOUT, DEFAULT_RESPONSE_TIMEOUT);
    }

    /** Without credentials, with the timeouts given. */
    public CentralApi(URI baseUrl, Duration connectTimeout, Duration responseTimeout) {
        this.http = new CentralHttp(baseUrl, NOT_ENROLLED, connectTimeout, responseTimeout);
    }

    /**
     * Over a given HTTP client, closed with this API.
     *
     * @param identity what the client proves, for logs (e.g. {@code kiosk KSK-… (mutual TLS certificate)})
     */
    public CentralApi(URI baseUrl, String identity, CloseableHttpClient http) {
        this.http = new CentralHttp(baseUrl, identity, DEFAULT_CONNECT_TIMEOUT, DEFAULT_RESPONSE_TIMEOUT, http);
    }

    /** An enrolled kiosk's API: its credentials' {@code apiUrl} over mutual TLS with its certificate. */
    public static CentralApi mutualTls(KioskCredentials credentials) {
        return mutualTls(credentials, credentials.apiUrl());
    }

    /** Over mutual TLS with the kiosk's certificate to {@code baseUrl} (a server that trusts central's kiosk CA). */
    public static CentralApi mutualTls(KioskCredentials credentials, URI baseUrl) {
        return new CentralApi(baseUrl, "kiosk " + credentials.kioskId() + " (mutual TLS certificate)",
                MutualTlsHttpClients.create(credentials));
    }

    public URI baseUrl() {
        return http.baseUrl();
    }

    /** What the calls prove the kiosk to be, for logs (the kiosk id and how; never a secret). */
    public String identity() {
        return http.identity();
    }

    /** POST queries: the citizen's records for an item. */
    public QueryResult query(QueryRequest request, String key) throws ServiceFailure {
        return post(QUERIES, key, write(request), QueryResult.class, null).value();
    }

    /** POST applications with a body written once ({@link #write}) so that a repeat is byte-identical. */
    public Reply<ApplicationReceipt> submitApplication(String requestJson, String key) throws ServiceFailure {
        return post(APPLICATIONS, key, requestJson, ApplicationReceipt.class, null);
    }

    /** GET applications/{number}: the application's current state. */
    public ApplicationReceipt application(String number) throws ServiceFailure {
        return get(APPLICATIONS + "/" + number, ApplicationReceipt.class);
    }

    /** POST pension-certifications (养老待遇资格认证), body written once. */
    public Reply<org.budayang.api.services.PensionCertification> certifyPension(String requestJson, String key)
            throws ServiceFailure {
        return post(PENSION_CERTIFICATIONS, key, requestJson, org.budayang.api.services.PensionCertification.class,
                null);
    }

    /** POST documents: issues a signed certificate; body written once. */
    public Reply<IssuedDocument> issueCertificate(String requestJson, String key) throws ServiceFailure {
        return post(DocumentPaths.DOCUMENTS, key, requestJson, IssuedDocument.class, DOCUMENT_TIMEOUT);
    }

    /** GET documents/{code}: the PDF bytes of an issued document. */
    public byte[] documentPdf(String code) throws ServiceFailure {
        HttpGet get = new HttpGet(http.url(DocumentPaths.document(code)));
        get.setHeader("Accept", "application/pdf");
        CentralHttp.Response response = http.execute(get, DOCUMENT_TIMEOUT);
        if (response.status() != 200) {
            throw failure("GET " + DocumentPaths.document(code), response);
        }
        if (response.body().length < 5 || response.body()[0] != '%' || response.body()[1] != 'P') {
            throw new ServiceFailure("CENTRAL_BAD_ANSWER", "GET " + DocumentPaths.document(code) + " answered "
                    + response.body().length + " bytes of " + response.contentType() + ", not a PDF",
                    Problem.defaultCitizenMessage(500), true);
        }
        return response.body();
    }

    /** POST identity/face (人证比对). */
    public FaceCheckResult checkFace(FaceCheckRequest request, String key) throws ServiceFailure {
        return post(IdentityPaths.FACE, key, write(request), FaceCheckResult.class, null).value();
    }

    /** POST identity/ec-token: the holder of a 医保电子凭证. */
    public EcTokenResult resolveEcToken(EcTokenRequest request, String key) throws ServiceFailure {
        return post(IdentityPaths.EC_TOKEN, key, write(request), EcTokenResult.class, null).value();
    }

    /** POST help-requests (呼叫帮办) with a short response timeout. */
    public HelpAnswer help(HelpRequest request, String key, Duration timeout) throws ServiceFailure {
        return post(ApiPaths.HELP_REQUESTS, key, write(request), HelpAnswer.class, timeout).value();
    }

    /**
     * POSTs a JSON body as is and returns the status and a snippet of the answer, for the outbox: the caller judges
     * the status. Only getting no answer throws ({@code CENTRAL_UNREACHABLE}).
     */
    public RawAnswer postRaw(String path, String key, String body) throws ServiceFailure {
        CentralHttp.Response response = http.execute(postRequest(path, key, body), null);
        return new RawAnswer(response.status(), response.snippet(), response.replayed());
    }

    /** The answer to {@link #postRaw}. */
    public record RawAnswer(int status, String snippet, boolean replayed) {
    }

    /** A POST of {@code body} with the key, parsed into {@code type} on 2xx. */
    public <T> Reply<T> post(String path, String key, String body, Class<T> type, Duration timeout)
            throws ServiceFailure {
        CentralHttp.Response response = http.execute(postRequest(path, key, body), timeout);
        if (response.status() < 200 || response.status() >= 300) {
            throw failure("POST " + path, response);
        }
        return new Reply<>(parse("POST " + path, response, type), response.replayed(), response.status());
    }

    private HttpPost postRequest(String path, String key, String body) {
        Objects.requireNonNull(key, "Idempotency-Key is required on every POST");
        HttpPost post = new HttpPost(http.url(path));
        post.setHeader("Accept", "application/json");
        post.setHeader(ApiHeaders.IDEMPOTENCY_KEY, key);
        post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        return post;
    }

    /** A GET of {@code path}, parsed into {@code type} on 200; otherwise a {@link ServiceFailure} as for a POST. */
    public <T> T get(String path, Class<T> type) throws ServiceFailure {
        HttpGet get = new HttpGet(http.url(path));
        get.setHeader("Accept", "application/json");
        CentralHttp.Response response = http.execute(get, null);
        if (response.status() != 200) {
            throw failure("GET " + path, response);
        }
        return parse("GET " + path, response, type);
    }

    /** The JSON of a request record, written once and kept for repeats. */
    public String write(Object request) {
        try {
            return json.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + request.getClass().getSimpleName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** Reads a record from JSON written by {@link #write} (the journal's payloads and results). */
    public <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot read a " + type.getSimpleName() + " from the journal: "
                    + e.getOriginalMessage(), e);
        }
    }

    private <T> T parse(String what, CentralHttp.Response response, Class<T> type) throws ServiceFailure {
        try {
            T value = json.readValue(response.body(), type);
            if (value == null) {
                throw new IOException("empty body");
            }
            return value;
        } catch (IOException | IllegalArgumentException e) {
            throw new ServiceFailure("CENTRAL_BAD_ANSWER", what + " answered HTTP " + response.status() + " with a body"
                    + " that is not a " + type.getSimpleName() + ": " + e.getMessage() + " (body: "
                    + response.snippet() + ")", Problem.defaultCitizenMessage(500), true, e);
        }
    }

    /** The {@link ServiceFailure} of an error answer: central's problem when it sent one. */
    ServiceFailure failure(String what, CentralHttp.Response response) {
        int status = response.status();
        Problem problem = problem(response);
        // of central's 409s only a request still running under the same key (IDEMPOTENCY_KEY_IN_FLIGHT) passes by
        // itself; the others are answers (NOT_A_PENSIONER, FACE_CHECK_ALREADY_USED…) that asking again won't change
        boolean retryable = status >= 500 || status == 408 || status == 429 || (status == 409
                && (problem == null || IN_FLIGHT.equals(problem.code())));
        if (problem != null) {
            return new ServiceFailure(problem.code(), what + " → HTTP " + status + " " + problem.code() + ": "
                    + problem.detail(), problem.citizenMessage(), retryable);
        }
        String code = switch (status) {
            case 502, 503, 504 -> "DEPARTMENT_UNAVAILABLE";
            case 401 -> "KIOSK_UNAUTHENTICATED";
            default -> status >= 500 ? "CENTRAL_ERROR" : "CENTRAL_REFUSED";
        };
        return new ServiceFailure(code, what + " → HTTP " + status + " without a problem body"
                + (response.snippet().isEmpty() ? "" : " (body: " + response.snippet() + ")")
                + (status == 401 ? "; the kiosk must call with the certificate of its enrolment (" + http.identity()
                        + "): enrol it (technician panel or `provisioning enrol --code`), or check that ops have not"
                        + " revoked it" : ""),
                Problem.defaultCitizenMessage(status), retryable);
    }

    private Problem problem(CentralHttp.Response response) {
        if (response.body().length == 0 || response.body()[0] != '{') {
            return null;
        }
        try {
            return json.readValue(response.body(), Problem.class);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
