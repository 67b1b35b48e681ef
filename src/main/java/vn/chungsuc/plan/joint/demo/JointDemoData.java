package vn.chungsuc.plan.joint.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.campaign.CampaignApi;
import vn.chungsuc.campaign.ProgrammeView;
import vn.chungsuc.shared.startup.DemoData;
import vn.chungsuc.shared.time.Today;

/**
 * The 2017 programme itself as a joint document of UBND thị xã Bỉm Sơn and UB MTTQ thị xã, with both signers (from
 * the programme's issuing bodies) and both approvals recorded on the day it was signed, hence final; and a joint
 * plan for 2018 still a draft, approved by the Front only.
 */
@Component
@Profile("demo")
class JointDemoData implements DemoData {

    private static final String NUMBER = "1995/CTrPH-UBND-UB.MTTQ";

    private final CampaignApi campaign;
    private final JdbcClient jdbc;

    JointDemoData(CampaignApi campaign, JdbcClient jdbc) {
        this.campaign = campaign;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void load() {
        ProgrammeView p = campaign.programmes().stream().filter(x -> x.number().equals(NUMBER)).findFirst()
                .orElse(null);
        if (p == null || p.issuingBodies().size() < 2
                || jdbc.sql("select exists (select 1 from plan_joint_document)").query(Boolean.class).single()) {
            return;
        }
        var government = p.issuingBodies().get(0);
        var front = p.issuingBodies().get(1);
        long id = insert(p.id(), "PROGRAMME", p.number(), p.title(), p.unitCode(), p.issuedOn(), government.name(),
                signer(government.signatory()), signer(front.signatory()), true);
        approve(id, "GOVERNMENT", signer(government.signatory()), "admin", p.issuedOn());
        approve(id, "FRONT", signer(front.signatory()), "mttq", p.issuedOn());
        long plan = insert(null, "PLAN", "KHLT-2018/UBND-MTTQ", "Kế hoạch liên tịch kiểm tra, sơ kết các mô hình "
                + "điểm tại cộng đồng khu dân cư năm 2018", p.unitCode(), LocalDate.of(2018, 3, 1), government.name(),
                signer(government.signatory()), signer(front.signatory()), false);
        approve(plan, "FRONT", signer(front.signatory()), "mttq", LocalDate.of(2018, 3, 2));
    }

    private static String signer(String s) {
        return s == null || s.isBlank() ? "Chưa ghi người ký" : s;
    }

    private long insert(Long programme, String kind, String number, String title, String unit, LocalDate on,
            String government, String governmentSigner, String frontSigner, boolean fin) {
        return jdbc.sql("""
                insert into plan_joint_document (programme_id, kind, number, title, unit_code, dated_on,
                    government_name, government_signer, front_body, front_signer, state, final_on, created_by)
                values (:p, :k, :n, :t, :u, :d, :g, :gs, :f, :fs, :st, :fo, 'mttq') returning id""")
                .param("p", programme).param("k", kind).param("n", number).param("t", title).param("u", unit)
                .param("d", on).param("g", government).param("gs", governmentSigner).param("f", unit + "-MTTQ")
                .param("fs", frontSigner).param("st", fin ? "FINAL" : "DRAFT").param("fo", fin ? on : null)
                .query(Long.class).single();
    }

    private void approve(long id, String side, String signer, String by, LocalDate on) {
        jdbc.sql("""
                insert into plan_joint_approval (document_id, side, signer, approved_by, approved_at)
                values (:d, :s, :signer, :by, :at)""").param("d", id).param("s", side).param("signer", signer)
                .param("by", by).param("at", OffsetDateTime.of(on, LocalTime.of(9, 0), Today.VIETNAM.getRules()
                        .getOffset(on.atTime(9, 0)))).update();
    }
}
