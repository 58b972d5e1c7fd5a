-- The payment sandbox (a simulator, see docs/payments.md): the provider's own order book for QR payments, and the
-- departments' receipt of payments central posts (the sandbox 公安/社保/医保 systems' 收款 ledger).
CREATE TABLE pay_sb_order (
    order_no         VARCHAR(24)   PRIMARY KEY,
    token            VARCHAR(64)   NOT NULL UNIQUE,
    subject          VARCHAR(200)  NOT NULL,
    payee            VARCHAR(100)  NOT NULL,
    amount_fen       BIGINT        NOT NULL,
    state            VARCHAR(10)   NOT NULL, -- WAITING | PAID | CLOSED | REFUNDED
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    paid_at          TIMESTAMP WITH TIME ZONE,
    refund_no        VARCHAR(20),
    refunded_at      TIMESTAMP WITH TIME ZONE
);
CREATE TABLE pay_sb_department_posting (
    order_no         VARCHAR(24)   PRIMARY KEY,
    department       VARCHAR(20)   NOT NULL,
    rule             VARCHAR(20)   NOT NULL,
    target           VARCHAR(40)   NOT NULL,
    amount_fen       BIGINT        NOT NULL,
    posted_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
