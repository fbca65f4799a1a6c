package se.ukrapport.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import se.ukrapport.store.EarlierSurveyStore;
import se.ukrapport.store.ReportStore;
import se.ukrapport.rerun.RunHistory;

@Configuration(proxyBeanMethods = false)
class StoreConfig {

    @Bean
    ReportStore reportStore(JdbcTemplate jdbc) {
        return new ReportStore(jdbc);
    }

    @Bean
    EarlierSurveyStore earlierSurveyStore(JdbcTemplate jdbc) {
        return new EarlierSurveyStore(jdbc);
    }

    @Bean
    RunHistory runHistory(JdbcTemplate jdbc) {
        return new RunHistory(jdbc);
    }

}
