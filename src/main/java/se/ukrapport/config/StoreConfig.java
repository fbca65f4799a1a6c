package se.ukrapport.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import se.ukrapport.aggregate.EarlierSurveyQueries;
import se.ukrapport.aggregate.ReportFiguresBuilder;
import se.ukrapport.aggregate.SurveyQueries;
import se.ukrapport.rerun.RunHistory;
import se.ukrapport.store.EarlierSurveyStore;
import se.ukrapport.store.GrantStore;
import se.ukrapport.store.QualityStore;
import se.ukrapport.store.ReferenceStore;
import se.ukrapport.store.StrategyStore;
import se.ukrapport.store.SurveyStore;

/** The stores of schema.sql's blocks, the aggregation queries and the run history. */
@Configuration(proxyBeanMethods = false)
class StoreConfig {

    @Bean
    ReferenceStore referenceStore(JdbcTemplate jdbc) {
        return new ReferenceStore(jdbc);
    }

    @Bean
    QualityStore qualityStore(JdbcTemplate jdbc) {
        return new QualityStore(jdbc);
    }

    @Bean
    SurveyStore surveyStore(JdbcTemplate jdbc, QualityStore quality) {
        return new SurveyStore(jdbc, quality);
    }

    @Bean
    GrantStore grantStore(JdbcTemplate jdbc, QualityStore quality) {
        return new GrantStore(jdbc, quality);
    }

    @Bean
    StrategyStore strategyStore(JdbcTemplate jdbc, QualityStore quality) {
        return new StrategyStore(jdbc, quality);
    }

    @Bean
    EarlierSurveyStore earlierSurveyStore(JdbcTemplate jdbc, QualityStore quality) {
        return new EarlierSurveyStore(jdbc, quality);
    }

    @Bean
    ReportFiguresBuilder.Sources figureSources(JdbcTemplate jdbc, ReferenceStore reference, SurveyStore survey,
            QualityStore quality, StrategyStore strategies, GrantStore grants, EarlierSurveyStore earlier) {
        return new ReportFiguresBuilder.Sources(reference, survey, new SurveyQueries(jdbc), quality, strategies, grants,
                earlier, new EarlierSurveyQueries(jdbc));
    }

    @Bean
    RunHistory runHistory(JdbcTemplate jdbc) {
        return new RunHistory(jdbc);
    }

}
