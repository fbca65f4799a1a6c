package se.ukrapport.render.template;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import se.ukrapport.domain.InputException;

/**
 * Runs the chapter templates. Configured for untrusted content: XML auto-escaping on (an
 * answer's {@code <} or {@code &} stays text), no {@code ?new} of arbitrary classes and
 * no {@code ?api}. A template error names the template, line and column. Templates come
 * from an edited folder ({@code --templates}) or, by default, from those packaged in the
 * jar.
 */
public final class TemplateRenderer {

    private final Configuration cfg;

    private final String origin;

    public TemplateRenderer(Path templatesDir) {
        this.cfg = new Configuration(Configuration.VERSION_2_3_34);
        TemplateLoader loader;
        try {
            loader = templatesDir == null ? new ClassTemplateLoader(TemplateRenderer.class, "/templates")
                    : new FileTemplateLoader(new File(templatesDir.toString()));
        }
        catch (IOException e) {
            throw new InputException(templatesDir.toString(), null, null,
                    "mallmappen kan inte läsas: " + e.getMessage());
        }
        this.origin = templatesDir == null ? "templates/" : templatesDir + "/";
        cfg.setTemplateLoader(loader);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputFormat(XMLOutputFormat.INSTANCE);
        cfg.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setLocale(ReportData.SWEDISH);
        cfg.setNumberFormat("computer");
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    }

    /** Renders one template with the data model; returns its markup. */
    public String render(String templateFile, Map<String, Object> model) {
        try {
            Template t = cfg.getTemplate(templateFile);
            StringWriter out = new StringWriter();
            t.process(model, out);
            return out.toString();
        }
        catch (ParseException e) {
            throw new InputException(origin + nameOf(e.getTemplateName(), templateFile), (long) e.getLineNumber(),
                    "tecken " + e.getColumnNumber(), TemplateErrorText.parseError(e.getEditorMessage()));
        }
        catch (TemplateException e) {
            Integer line = e.getLineNumber();
            Integer col = e.getColumnNumber();
            throw new InputException(origin + nameOf(e.getTemplateSourceName(), templateFile),
                    line == null ? null : (long) line, col == null ? null : "tecken " + col,
                    TemplateErrorText.runError(e.getMessageWithoutStackTop()));
        }
        catch (freemarker.template.TemplateNotFoundException e) {
            throw new InputException(origin + templateFile, null, null, "mallen finns inte");
        }
        catch (IOException e) {
            throw new InputException(origin + templateFile, null, null, "mallen kan inte läsas: " + e.getMessage(), e);
        }
    }

    private static String nameOf(String source, String fallback) {
        return source == null ? fallback : source;
    }

}
