"""Texts the widgets translate at run time (tables of labels, phases, milestones), marked
here so that `make translations` extracts them under the context that looks them up.

Messages from the domain (statuses, rule decisions, refusals) stay French: they are the
wording of the regulation and of the official documents.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# How a hand addition is marked everywhere (4.2: "adjonction manuscrite", to be verified).
ADDED_MARK = "ajouté(e) en salle — à vérifier"
ADDED_SYMBOL = "✚"

MARKED = (
    QT_TRANSLATE_NOOP("CandidateTableModel", "État"),
    QT_TRANSLATE_NOOP("CandidateTableModel", "Nom"),
    QT_TRANSLATE_NOOP("CandidateTableModel", "Prénom"),
    QT_TRANSLATE_NOOP("CandidateTableModel", "N° d'auditeur"),
    QT_TRANSLATE_NOOP("CandidateTableModel", "Place"),
    QT_TRANSLATE_NOOP("CandidateTableModel", "Aménagements"),
    QT_TRANSLATE_NOOP("CandidateTableModel", "Entrée"),
    QT_TRANSLATE_NOOP("CandidateTableModel", "Remise"),
    QT_TRANSLATE_NOOP("CandidateTableModel", "Inscription"),
    QT_TRANSLATE_NOOP("MainWindow", "Tous les candidats"),
    QT_TRANSLATE_NOOP("MainWindow", "Attendus"),
    QT_TRANSLATE_NOOP("MainWindow", "Présents dans la salle"),
    QT_TRANSLATE_NOOP("MainWindow", "Sortis temporairement"),
    QT_TRANSLATE_NOOP("MainWindow", "Copies rendues"),
    QT_TRANSLATE_NOOP("MainWindow", "Partis sans rendre leur copie"),
    QT_TRANSLATE_NOOP("MainWindow", "Absents ou refusés"),
    QT_TRANSLATE_NOOP("MainWindow", "Ajoutés en salle"),
    QT_TRANSLATE_NOOP("ClockBand", "avant le début de l'épreuve"),
    QT_TRANSLATE_NOOP("ClockBand", "épreuve en cours"),
    QT_TRANSLATE_NOOP("ClockBand", "dernières minutes"),
    QT_TRANSLATE_NOOP("ClockBand", "épreuve interrompue"),
    QT_TRANSLATE_NOOP("ClockBand", "temps majoré en cours"),
    QT_TRANSLATE_NOOP("ClockBand", "épreuve terminée"),
    QT_TRANSLATE_NOOP("ClockBand", "fin de l'entrée des retardataires"),
    QT_TRANSLATE_NOOP("ClockBand", "fin de l'entrée sur justificatif de transport"),
    QT_TRANSLATE_NOOP("ClockBand", "sorties autorisées"),
    QT_TRANSLATE_NOOP("ClockBand", "sorties temporaires autorisées"),
    QT_TRANSLATE_NOOP("ClockBand", "sorties définitives autorisées"),
    QT_TRANSLATE_NOOP("ClockBand", "fin de l'épreuve"),
    QT_TRANSLATE_NOOP("ClockBand", "à venir"),
    QT_TRANSLATE_NOOP("ClockBand", "entrée possible"),
    QT_TRANSLATE_NOOP("ClockBand", "sur justificatif"),
    QT_TRANSLATE_NOOP("ClockBand", "fermée"),
    QT_TRANSLATE_NOOP("ClockBand", "ouvertes"),
    QT_TRANSLATE_NOOP("ClockBand", "en cours"),
    QT_TRANSLATE_NOOP("ClockBand", "terminée"),
    QT_TRANSLATE_NOOP("ClockBand", "terminé"),
    QT_TRANSLATE_NOOP("ProjectorWindow", "Installez-vous. Téléphones éteints, dans un sac fermé posé au sol."),
    QT_TRANSLATE_NOOP("ProjectorWindow", "Épreuve en cours. Aucune communication entre candidats."),
    QT_TRANSLATE_NOOP("ProjectorWindow", "Dernières minutes : vérifiez nom, prénom et numéro sur chaque copie."),
    QT_TRANSLATE_NOOP("ProjectorWindow", "Épreuve interrompue. Restez à votre place."),
    QT_TRANSLATE_NOOP("ProjectorWindow", "Temps majoré en cours : les autres candidats ont rendu leur copie."),
    QT_TRANSLATE_NOOP("ProjectorWindow", "Épreuve terminée. Posez vos stylos et restez assis jusqu'au ramassage."),
    QT_TRANSLATE_NOOP("ListPage", "— aucune —"),
)  # fmt: skip
