package vn.chungsuc.fund.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The batch insert's columns as written once: numbers and flags sent as such, anything else as text and cast. */
class LedgerBatchColumnsTest {

    @Test
    void numbersAndFlagsAreSentAsThemselvesAndTheRestAsTextCast() {
        assertThat(LedgerBatch.columns("""
                id:bigint receipt_seq:int
                  anonymous:boolean donated_on:date hash:char(64) memo:text
                """)).containsExactly(
                new LedgerBatch.Column("id", "bigint", "bigint"), new LedgerBatch.Column("receipt_seq", "int", "int"),
                new LedgerBatch.Column("anonymous", "boolean", "boolean"),
                new LedgerBatch.Column("donated_on", "text", "date"),
                new LedgerBatch.Column("hash", "text", "char(64)"), new LedgerBatch.Column("memo", "text", "text"));
    }
}
