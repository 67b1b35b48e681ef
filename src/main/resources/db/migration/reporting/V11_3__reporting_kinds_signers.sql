-- Two more kinds of report: the poverty review report of a year's rounds (QĐ 24/2021/QĐ-TTg, Điều 4: the Front
-- takes part in and supervises the review) and the yearly report of the Fund for the Poor (QĐ 1198/QĐ-MTTW-ĐCT).
alter table reporting_document drop constraint reporting_document_kind_check;
alter table reporting_document add constraint reporting_document_kind_check
    check (kind in ('SIX_MONTH', 'YEARLY', 'REVIEW', 'FINAL_REVIEW', 'POVERTY_REVIEW', 'FUND_YEARLY'));

-- The signer is an account (the login of a member of the issuing body's standing board), no longer a typed name:
-- signer_name keeps the name printed in the signature block, copied from the account when it is chosen, so that
-- an issued document keeps the name it was signed with even if the account is renamed later.
alter table reporting_document add column signer_username text
    check (signer_username is null or length(signer_username) <= 50);

-- Existing data. Issued documents are frozen (V11_1) and keep the typed name they were issued with. A report that
-- was sent for approval or approved with a typed name has no account to approve it: it goes back to its drafter,
-- who picks the signer's account and sends it again. Drafts keep their typed name until a signer is chosen.
update reporting_document set state = 'DRAFT', submitted_by = null, submitted_at = null, approved_by = null,
    approved_at = null
where state in ('SUBMITTED', 'APPROVED') and signer_username is null;
