package vn.eduvn.platform.web;

import java.time.LocalDate;
import org.springframework.beans.PropertyAccessException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every date of every form, query and JSON body is read by {@link DateInput}, and a date that cannot be read
 * is named in the answer (Ngày 31/02/2015 không tồn tại) instead of failing the request or blanking the field.
 */
@Configuration(proxyBeanMethods = false)
class DateInputConfig implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new DateInput());
    }

    /** JSON dates: ISO as before, and dd/MM/yyyy; a wrong one is a 400 problem naming its field. */
    @Bean
    SimpleModule dateInputModule() {
        SimpleModule module = new SimpleModule("eduvn-date-input");
        module.addDeserializer(LocalDate.class, new ValueDeserializer<LocalDate>() {
            @Override
            public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
                String text = parser.getValueAsString();
                if (text == null) {
                    throw InvalidFormatException.from(
                            parser, "A date must be a text such as 05/09/2015", parser.getString(), LocalDate.class);
                }
                try {
                    return DateInput.read(text);
                } catch (DateInput.NotADate wrong) {
                    InvalidFormatException problem =
                            InvalidFormatException.from(parser, wrong.getMessage(), text, LocalDate.class);
                    problem.initCause(wrong);
                    throw problem;
                }
            }
        });
        return module;
    }

    /** Form binding: a wrong date becomes a field error that says what was typed and what is wrong with it. */
    @ControllerAdvice
    static class DateBinding {

        private static final DefaultBindingErrorProcessor DATES = new DefaultBindingErrorProcessor() {
            @Override
            public void processPropertyAccessException(PropertyAccessException e, BindingResult result) {
                DateInput.NotADate wrong = DateInput.NotADate.in(e);
                if (wrong == null || e.getPropertyName() == null) {
                    super.processPropertyAccessException(e, result);
                    return;
                }
                String field = e.getPropertyName();
                result.addError(new FieldError(
                        result.getObjectName(),
                        field,
                        e.getValue(),
                        true,
                        new String[] {wrong.messageKey()},
                        new Object[] {wrong.typed()},
                        wrong.getMessage()));
            }
        };

        @InitBinder
        void readDates(WebDataBinder binder) {
            binder.setBindingErrorProcessor(DATES);
        }
    }
}
