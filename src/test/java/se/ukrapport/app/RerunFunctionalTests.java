package se.ukrapport.app;

import java.util.List;

/**
 * Re-runs with the default job repository: an H2 file database in the working directory.
 */
class RerunFunctionalTests extends RerunScenarios {

    @Override
    List<String> repositoryArgs() {
        return List.of();
    }

}
