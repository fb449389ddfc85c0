package vn.eduvn.admissions.application;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.eduvn.admissions.AdmissionResultsPublished;
import vn.eduvn.admissions.campaign.CampaignView;
import vn.eduvn.admissions.campaign.Campaigns;

/**
 * The guardian's confirmation of a filed or changed application, in Vietnamese, with the receipt number they need
 * to look it up. Sent after the application has committed; a mail server that is down delays it (the event stays
 * in the publication registry and is delivered again) but never loses the application.
 */
@Component
class ApplicationMail {

    private static final Logger log = LoggerFactory.getLogger(ApplicationMail.class);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final ApplicationRepository applications;

    private final Campaigns campaigns;

    private final Applications views;

    private final ObjectProvider<JavaMailSender> mail;

    private final String from;

    private final String publicUrl;

    ApplicationMail(
            ApplicationRepository applications,
            Campaigns campaigns,
            Applications views,
            ObjectProvider<JavaMailSender> mail,
            @Value("${eduvn.mail.from}") String from,
            @Value("${eduvn.public-url}") String publicUrl) {
        this.applications = applications;
        this.campaigns = campaigns;
        this.views = views;
        this.mail = mail;
        this.from = from;
        this.publicUrl = publicUrl;
    }

    @ApplicationModuleListener
    void on(ApplicationReceived event) {
        if (mail.getIfAvailable() == null) {
            log.debug(
                    "No mail server configured (spring.mail.host); no confirmation for application {}",
                    event.applicationId());
            return;
        }
        Application a = applications.findById(event.applicationId()).orElseThrow();
        CampaignView campaign = campaigns.find(a.getCampaignId());
        ApplicationView view = views.view(a, campaign.settings());
        String choices = view.choices().stream()
                .map(c -> "  NV" + c.rank() + ": " + c.schoolName())
                .collect(Collectors.joining("\n"));
        String text = """
                Kính gửi %s,

                %s hồ sơ tuyển sinh của học sinh %s (sinh ngày %s) trong %s.

                Mã hồ sơ: %s
                Nguyện vọng:
                %s

                Tra cứu hoặc sửa hồ sơ (đến %s) tại %s/tuyen-sinh/tra-cuu với mã hồ sơ và ngày sinh của học sinh.
                Vui lòng giữ mã hồ sơ; nhà trường sẽ kiểm tra hồ sơ và báo nếu cần bổ sung.

                Thư này được gửi tự động từ EduVN, xin đừng trả lời.
                """.formatted(
                        a.getGuardianName(),
                        event.changed() ? "Hệ thống đã ghi nhận thay đổi" : "Hệ thống đã nhận",
                        a.getFullName(),
                        DAY.format(a.getBirthDate()),
                        campaign.name(),
                        a.getReceiptNumber(),
                        choices,
                        TIME.format(campaign.closesAt()),
                        publicUrl);
        send(
                a.getGuardianEmail(),
                "[EduVN] Mã hồ sơ tuyển sinh " + a.getReceiptNumber() + " — " + a.getFullName(),
                text);
    }

    /** Each parent of the campaign gets the child's result: the school and choice, or not admitted. */
    @ApplicationModuleListener
    void on(AdmissionResultsPublished event) {
        CampaignView campaign = campaigns.find(event.campaignId());
        for (Application a : applications.findByCampaignIdOrderByIdAsc(event.campaignId())) {
            ApplicationView view = views.view(a, campaign.settings());
            String outcome = view.admittedTo() == null
                    ? "Học sinh không trúng tuyển ở nguyện vọng nào."
                    : "Học sinh TRÚNG TUYỂN vào " + view.admittedTo().schoolName() + " (nguyện vọng "
                            + view.admittedTo().rank() + ").";
            String text = """
                    Kính gửi %s,

                    %s đã công bố kết quả.
                    Học sinh: %s (sinh ngày %s), mã hồ sơ %s.
                    %s

                    Xem kết quả và điểm chuẩn các trường tại %s/tuyen-sinh/tra-cuu.

                    Thư này được gửi tự động từ EduVN, xin đừng trả lời.
                    """.formatted(
                            a.getGuardianName(),
                            campaign.name(),
                            a.getFullName(),
                            DAY.format(a.getBirthDate()),
                            a.getReceiptNumber(),
                            outcome,
                            publicUrl);
            send(a.getGuardianEmail(), "[EduVN] Kết quả tuyển sinh — " + a.getFullName(), text);
        }
    }

    void send(String to, String subject, String text) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.debug("No mail server configured (spring.mail.host); not sent to {}: {}", Masks.email(to), subject);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        sender.send(message);
    }
}
