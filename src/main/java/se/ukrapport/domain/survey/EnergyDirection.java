package se.ukrapport.domain.survey;

/** Whether an energy column reports an increase or a decrease of use. */
public enum EnergyDirection {

    INCREASE, DECREASE

}
