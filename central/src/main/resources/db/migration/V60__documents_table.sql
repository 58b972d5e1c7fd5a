-- Documents issued by central (certificates and receipts): what the public verify page shows,
-- with personal data masked, and the signed PDF itself for kiosks to fetch and print.
CREATE TABLE documents (
    code               VARCHAR(16)  NOT NULL PRIMARY KEY,
    kind               VARCHAR(64)  NOT NULL,
    title              VARCHAR(500) NOT NULL,
    item_code          VARCHAR(64)  NOT NULL,
    issuing_agency     VARCHAR(500) NOT NULL,
    holder_name_masked VARCHAR(100) NOT NULL,
    id_number_masked   VARCHAR(18)  NOT NULL,
    issued_on          DATE         NOT NULL,
    issued_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    page_count         INTEGER      NOT NULL,
    size_bytes         INTEGER      NOT NULL,
    sha256             CHAR(64)     NOT NULL,
    pdf                BYTEA        NOT NULL,
    kiosk_id           VARCHAR(64)
);

CREATE INDEX documents_sha256 ON documents (sha256);
