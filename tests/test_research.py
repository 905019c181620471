"""The research facts in the bundled data: each one against its source, the conflicts kept
visible, the seed-era answers unchanged and today's answers.

``FACT_TABLE`` was generated from the mapping that encoded ``../shared/research/facts.jsonl``
(610 facts): one row per place a fact was encoded, ``(fact, where, record kind, value, source)``.
``where`` is a centre id, ``network``, ``question-de-ville`` or ``frameworks/<id>``; ``value`` is
the start of the record's value (the claim's value, the coverage's territory, the person, the
body, the title, the count...). Removing a fact from the data, or its source, fails this file.
"""

# ruff: noqa: E501  (the generated fact table has long rows)
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import attrs
import pytest

import politique_ville as pv
from politique_ville.association import Board, Contribution
from politique_ville.dates import PartialDate, as_date
from politique_ville.national_network import (
    Animator,
    CentreCount,
    Event,
    FunderStatement,
    MissionStatement,
    StateFunding,
)
from politique_ville.provenance import Claim
from politique_ville.reference_frameworks import Signatory
from politique_ville.resource_centres import Coverage, Funding, Position, Publication
from politique_ville.vocabulary import Vocabulary

S001 = "001_4eccba4200d7201b"
S002 = "002_b4e078211863d438"

# fmt: off
FACT_TABLE: tuple[tuple[str, str, str, str, str], ...] = (
    ("r0001", "cr-dsu", "claim", "Centre de Ressources et d'échanges pour le Dével", "001_4eccba4200d7201b"),
    ("r0002", "cr-dsu", "claim", "CR•DSU", "001_4eccba4200d7201b"),
    ("r0003", "cr-dsu", "claim", "CR-DSU", "002_b4e078211863d438"),
    ("r0004", "cr-dsu", "claim", "Centre de ressources et d'échanges pour le dével", "web-doczz-fr-doc-394403-imprimer-un-extrait-du-cahie-cc51a3"),
    ("r0004", "cr-dsu", "coverage", "reg-82", "web-doczz-fr-doc-394403-imprimer-un-extrait-du-cahie-cc51a3"),
    ("r0005", "cr-dsu", "claim", "1993", "002_b4e078211863d438"),
    ("r0006", "cr-dsu", "claim", "1994", "002_b4e078211863d438"),
    ("r0007", "cr-dsu", "claim", "1993", "web-lyonbondyblog-fr-lbb-le-cr-e2-80-a2dsu-un-outil-4c2448"),
    ("r0008", "cr-dsu", "claim", "1993", "004_9e20a90db88cc1d2"),
    ("r0009", "cr-dsu", "claim", "association", "003_bebbd0276ba87a48"),
    ("r0010", "cr-dsu", "coverage", "reg-82", "web-lyonbondyblog-fr-lbb-le-cr-e2-80-a2dsu-un-outil-4c2448"),
    ("r0011", "cr-dsu", "coverage", "reg-82", "002_b4e078211863d438"),
    ("r0012", "cr-dsu", "coverage", "reg-84", "001_4eccba4200d7201b"),
    ("r0013", "cr-dsu", "claim", "4 rue de Narvik, 69008 Lyon", "web-doczz-fr-doc-394403-imprimer-un-extrait-du-cahie-cc51a3"),
    ("r0014", "cr-dsu", "claim", "04 78 77 01 43", "web-doczz-fr-doc-394403-imprimer-un-extrait-du-cahie-cc51a3"),
    ("r0015", "cr-dsu", "claim", "04 78 77 51 79", "web-doczz-fr-doc-394403-imprimer-un-extrait-du-cahie-cc51a3"),
    ("r0016", "cr-dsu", "claim", "04 78 77 01 43", "001_4eccba4200d7201b"),
    ("r0017", "cr-dsu", "claim", "www.crdsu.org", "web-doczz-fr-doc-394403-imprimer-un-extrait-du-cahie-cc51a3"),
    ("r0018", "cr-dsu", "claim", "www.crdsu.org", "001_4eccba4200d7201b"),
    ("r0019", "cr-dsu", "claim", "active", "web-doczz-fr-doc-394403-imprimer-un-extrait-du-cahie-cc51a3"),
    ("r0019", "cr-dsu", "publication", "Les cahiers du Développement Social Urbain", "web-doczz-fr-doc-394403-imprimer-un-extrait-du-cahie-cc51a3"),
    ("r0020", "cr-dsu", "publication", "Cahiers du DSU", "003_bebbd0276ba87a48"),
    ("r0021", "cr-dsu", "publication", "Les Cahiers du développement social urbain", "web-signal-sciencespo-lyon-fr-numero-30264-highlight"),
    ("r0022", "cr-dsu", "position", "Isabelle Chenevez", "web-lyonbondyblog-fr-lbb-le-cr-e2-80-a2dsu-un-outil-4c2448"),
    ("r0023", "cr-dsu", "claim", "Isabelle Chenevez, directrice de la rédaction de", "web-doczz-fr-doc-394403-imprimer-un-extrait-du-cahie-cc51a3"),
    ("r0024", "cr-dsu", "claim", "Alain Grasset, directeur de la publication des C", "web-doczz-fr-doc-394403-imprimer-un-extrait-du-cahie-cc51a3"),
    ("r0025", "cr-dsu", "claim", "Frédérique Bourgeois, directrice adjointe du CR•", "web-signal-sciencespo-lyon-fr-numero-30264-highlight"),
    ("r0026", "cr-dsu", "claim", "Plus de 2000 participants aux rencontres et atel", "web-lyonbondyblog-fr-lbb-le-cr-e2-80-a2dsu-un-outil-4c2448"),
    ("r0027", "cr-dsu", "claim", "Isabelle Chenevez, directrice du CR•DSU (Lyon Bo", "000_e3de5f98affeb425"),
    ("r0028", "profession-banlieue", "claim", "Profession Banlieue", "001_4eccba4200d7201b"),
    ("r0029", "profession-banlieue", "coverage", "dep-93", "001_4eccba4200d7201b"),
    ("r0030", "profession-banlieue", "claim", "www.professionbanlieue.org", "001_4eccba4200d7201b"),
    ("r0031", "profession-banlieue", "claim", "01 48 09 26 36", "001_4eccba4200d7201b"),
    ("r0032", "profession-banlieue", "claim", "1993", "002_b4e078211863d438"),
    ("r0033", "profession-banlieue", "claim", "1993-11", "web-123dok-net-article-contexte-mission-valorisation-4ef239"),
    ("r0034", "profession-banlieue", "claim", "1993", "003_bebbd0276ba87a48"),
    ("r0035", "profession-banlieue", "claim", "1993", "004_9e20a90db88cc1d2"),
    ("r0036", "profession-banlieue", "claim", "association", "web-123dok-net-article-contexte-mission-valorisation-4ef239"),
    ("r0037", "profession-banlieue", "claim", "association", "web-2012-2017-nosdeputes-fr-14-intervention-211910"),
    ("r0038", "profession-banlieue", "claim", "Profession Banlieue – Centre de ressources de la", "web-professionbanlieue-org-les-fiches-experience-deb-af28ec"),
    ("r0039", "profession-banlieue", "claim", "15, rue Catulienne, 93200 Saint-Denis", "web-vdocuments-fr-profession-banlieue-rapport-dactiv-6750de"),
    ("r0040", "profession-banlieue", "claim", "01 48 09 26 36", "web-vdocuments-fr-profession-banlieue-rapport-dactiv-6750de"),
    ("r0041", "profession-banlieue", "claim", "01 48 20 73 88", "web-vdocuments-fr-profession-banlieue-rapport-dactiv-6750de"),
    ("r0042", "profession-banlieue", "position", "Marc Ratsimba", "web-vdocuments-fr-rapport-dactivite-profession-banli-6d23ef"),
    ("r0043", "profession-banlieue", "position", "Marc Ratsimba", "web-doczz-fr-doc-2723697-profession-banlieue-e2-80-a-29cf96"),
    ("r0044", "profession-banlieue", "position", "Bénédicte Madelin", "web-comitehistoirepolville-fr-article-benedicte-made-2bf49d"),
    ("r0045", "profession-banlieue", "position", "Bénédicte Madelin", "web-seine-saint-denis-fr-benedicte-madelin-21-ans-d-5a6290"),
    ("r0046", "profession-banlieue", "position", "Damien Bertrand", "web-seine-saint-denis-fr-benedicte-madelin-21-ans-d-5a6290"),
    ("r0047", "profession-banlieue", "claim", "Olivia Maire, directrice adjointe de Profession ", "web-assemblee-nationale-fr-14-cr-mimage-12-13-c12130-7800d3"),
    ("r0048", "profession-banlieue", "publication", "La Lettre de Profession Banlieue", "web-123dok-net-article-la-perception-de-profession-b-5c25f4"),
    ("r0049", "profession-banlieue", "publication", "La Lettre de Profession Banlieue", "web-pdfslide-fr-documents-dito-n140-t-mouvements-p-e-f39a1e"),
    ("r0050", "profession-banlieue", "claim", "Nouvelle présidente (nom non visible) et équipe ", "web-pdfslide-fr-documents-dito-n140-t-mouvements-p-e-f39a1e"),
    ("r0051", "profession-banlieue", "publication", "Parentalités", "web-professionbanlieue-org-les-missions-d-accompagne-e71c26"),
    ("r0052", "profession-banlieue", "publication", "Les soirées du Réaap", "web-professionbanlieue-org-les-missions-d-accompagne-e71c26"),
    ("r0053", "profession-banlieue", "claim", "Anime le Réaap 93 depuis près de 15 ans à la dem", "web-professionbanlieue-org-les-missions-d-accompagne-e71c26"),
    ("r0054", "profession-banlieue", "funding", "organismes publics (subventions)", "web-123dok-net-article-contexte-mission-valorisation-4ef239"),
    ("r0055", "profession-banlieue", "claim", "L'un des deux premiers centres de ressources pol", "web-123dok-net-article-contexte-mission-valorisation-4ef239"),
    ("r0056", "crpv-guadeloupe", "claim", "Un dossier du CGET sur les CRPV évoque un centre", "web-spark-adobe-com-page-itgzuehr5wtmi"),
    ("r0056", "profession-banlieue", "claim", "Qualifié de « CRPV le plus ancien » par le CGET", "web-spark-adobe-com-page-itgzuehr5wtmi"),
    ("r0057", "profession-banlieue", "claim", "Orientations de travail 2021 élaborées avec le c", "web-fr-readkong-com-page-orientations-de-travail-202-17e307"),
    ("r0057", "profession-banlieue", "claim", "active", "web-fr-readkong-com-page-orientations-de-travail-202-17e307"),
    ("r0058", "profession-banlieue", "claim", "Bénédicte Madelin, directrice de Profession Banl", "000_e3de5f98affeb425"),
    ("r0059", "profession-banlieue", "claim", "Compté parmi les quatre centres de ressources d'", "web-123dok-net-article-contexte-mission-valorisation-4ef239"),
    ("r0060", "pole-ressources-95", "claim", "Pôle de Ressources Villes et Développement Socia", "001_4eccba4200d7201b"),
    ("r0061", "pole-ressources-95", "claim", "Pôle de ressources Ville et Développement social", "002_b4e078211863d438"),
    ("r0062", "pole-ressources-95", "coverage", "dep-95", "001_4eccba4200d7201b"),
    ("r0063", "pole-ressources-95", "claim", "www.poleressources95.org", "001_4eccba4200d7201b"),
    ("r0064", "pole-ressources-95", "claim", "01 34 05 17 17", "001_4eccba4200d7201b"),
    ("r0065", "pole-ressources-95", "claim", "1998", "002_b4e078211863d438"),
    ("r0066", "pole-ressources-95", "claim", "Le rapport d'activité 2018 évoque le « projet as", "web-docslib-org-doc-5986945-lire-notre-rapport-dacti-db18ce"),
    ("r0067", "pole-ressources-95", "claim", "Démarche engagée en 2018 vers les acteurs de la ", "web-docslib-org-doc-5986945-lire-notre-rapport-dacti-db18ce"),
    ("r0067", "pole-ressources-95", "coverage", "dep-95", "web-docslib-org-doc-5986945-lire-notre-rapport-dacti-db18ce"),
    ("r0068", "pole-ressources-95", "claim", "Activité 2018 : 40 actions, 95 rencontres, 2254 ", "web-docslib-org-doc-5986945-lire-notre-rapport-dacti-db18ce"),
    ("r0068", "pole-ressources-95", "claim", "active", "web-docslib-org-doc-5986945-lire-notre-rapport-dacti-db18ce"),
    ("r0069", "pole-ressources-95", "claim", "Refonte du site internet en 2018", "web-docslib-org-doc-5986945-lire-notre-rapport-dacti-db18ce"),
    ("r0070", "pole-ressources-95", "claim", "Compté parmi les quatre centres de ressources d'", "web-123dok-net-article-contexte-mission-valorisation-4ef239"),
    ("r0071", "crpve", "claim", "Centre de Ressources Politique de la ville", "001_4eccba4200d7201b"),
    ("r0072", "crpve", "coverage", "dep-91", "001_4eccba4200d7201b"),
    ("r0073", "crpve", "claim", "www.crpve91.fr", "001_4eccba4200d7201b"),
    ("r0074", "crpve", "claim", "01 64 97 00 32", "001_4eccba4200d7201b"),
    ("r0075", "crpve", "claim", "Centre de ressources pour la politique de la vil", "002_b4e078211863d438"),
    ("r0076", "crpve", "claim", "2001", "002_b4e078211863d438"),
    ("r0077", "crpve", "claim", "CRPVE", "web-ancien-irdsu-net-repere-pour-vous-documents-crpv-8af3af"),
    ("r0078", "crpve", "claim", "CRPVE", "web-assemblee-nationale-fr-14-cr-mimage-12-13-c12130-7800d3"),
    ("r0078", "crpve", "claim", "Centre de ressources « Politique de la ville » e", "web-assemblee-nationale-fr-14-cr-mimage-12-13-c12130-7800d3"),
    ("r0079", "crpve", "claim", "2001", "web-2012-2017-nosdeputes-fr-14-intervention-211910"),
    ("r0080", "crpve", "claim", "association", "web-2012-2017-nosdeputes-fr-14-intervention-211910"),
    ("r0081", "crpve", "coverage", "dep-91", "web-2012-2017-nosdeputes-fr-14-intervention-211910"),
    ("r0082", "crpve", "claim", "active", "web-assemblee-nationale-fr-14-cr-mimage-12-13-c12130-7800d3"),
    ("r0082", "crpve", "position", "Évelyne Bouzzine", "web-assemblee-nationale-fr-14-cr-mimage-12-13-c12130-7800d3"),
    ("r0083", "crpve", "publication", "Mobiliser le droit commun : Mise en perspective ", "web-ancien-irdsu-net-repere-pour-vous-documents-crpv-8af3af"),
    ("r0084", "crpve", "claim", "Co-organisateur de l'exposition « Des ensembles ", "web-docslib-org-doc-1322661-m-c3-a9moire-et-projets-a8bae1"),
    ("r0085", "crpve", "claim", "Compté parmi les quatre centres de ressources d'", "web-123dok-net-article-contexte-mission-valorisation-4ef239"),
    ("r0086", "pole-ressources-paris", "claim", "Pôle ressources Politique de la ville", "001_4eccba4200d7201b"),
    ("r0087", "pole-ressources-paris", "coverage", "dep-75", "001_4eccba4200d7201b"),
    ("r0088", "pole-ressources-paris", "claim", "catherine.halpern@paris.fr", "001_4eccba4200d7201b"),
    ("r0089", "pole-ressources-paris", "claim", "01 42 76 80 77", "001_4eccba4200d7201b"),
    ("r0090", "pole-ressources-paris", "claim", "Pôle de ressources de la politique de la ville e", "002_b4e078211863d438"),
    ("r0091", "pole-ressources-paris", "claim", "2005", "002_b4e078211863d438"),
    ("r0092", "pole-ressources-paris", "claim", "The 2012 list gives a contact, no website.", "002_b4e078211863d438"),
    ("r0093", "pole-ressources-paris", "claim", "Paris (75) compté parmi les quatre centres de re", "web-123dok-net-article-contexte-mission-valorisation-4ef239"),
    ("r0098", "oriv", "claim", "1992", "web-oriv-org-association"),
    ("r0099", "oriv", "claim", "association", "web-oriv-org-association"),
    ("r0100", "oriv", "coverage", "reg-44", "web-oriv-org-association"),
    ("r0101", "oriv", "claim", "Strasbourg (antenne à Reims)", "web-oriv-org-association"),
    ("r0102", "oriv", "claim", "Missions : intégration, développement social urb", "web-oriv-org-association"),
    ("r0103", "oriv", "claim", "Membre du réseau national des CRPV et du réseau ", "web-oriv-org-association"),
    ("r0104", "oriv", "claim", "ORI", "web-vdocuments-fr-1992-2002-10-ans-dactivit-oriv-htm-4fc584"),
    ("r0104", "oriv", "claim", "Observatoire Régional de l'Intégration", "web-vdocuments-fr-1992-2002-10-ans-dactivit-oriv-htm-4fc584"),
    ("r0105", "oriv", "claim", "1992", "web-vdocuments-fr-1992-2002-10-ans-dactivit-oriv-htm-4fc584"),
    ("r0106", "oriv", "claim", "Créé en 1992 par la CRIPI (Commission Régionale ", "web-pdfslide-fr-documents-document-ralis-en-avril-20-a50ee9"),
    ("r0107", "oriv", "claim", "Observatoire Régional de l'Intégration et de la ", "web-pdfslide-fr-documents-document-ralis-en-avril-20-a50ee9"),
    ("r0108", "oriv", "publication", "Rapport d'activités", "web-pdfslide-fr-documents-document-ralis-en-avril-20-a50ee9"),
    ("r0109", "oriv", "publication", "Guide de l'observation sociale territorialisée", "web-mwitty-com-content-php-id-6437040"),
    ("r0110", "irev", "claim", "gip", "web-irev-fr-actualites-0-lassemblee-generale-de-lire-ad16cb"),
    ("r0111", "irev", "position", "Antoine Sillani", "web-irev-fr-actualites-0-lassemblee-generale-de-lire-ad16cb"),
    ("r0112", "irev", "coverage", "reg-32", "web-irev-fr-actualites-0-lassemblee-generale-de-lire-ad16cb"),
    ("r0113", "irev", "funding", "Caisse des Dépôts", "web-irev-fr-actualites-0-lassemblee-generale-de-lire-ad16cb"),
    ("r0113", "irev", "funding", "Conseil départemental du Nord", "web-irev-fr-actualites-0-lassemblee-generale-de-lire-ad16cb"),
    ("r0113", "irev", "funding", "Conseil départemental du Pas-de-Calais", "web-irev-fr-actualites-0-lassemblee-generale-de-lire-ad16cb"),
    ("r0113", "irev", "funding", "EPCI et communes pilotes des contrats de ville", "web-irev-fr-actualites-0-lassemblee-generale-de-lire-ad16cb"),
    ("r0113", "irev", "funding", "Région", "web-irev-fr-actualites-0-lassemblee-generale-de-lire-ad16cb"),
    ("r0113", "irev", "funding", "URH", "web-irev-fr-actualites-0-lassemblee-generale-de-lire-ad16cb"),
    ("r0113", "irev", "funding", "État", "web-irev-fr-actualites-0-lassemblee-generale-de-lire-ad16cb"),
    ("r0114", "irev", "funding", "Région", "web-irev-fr-actualites-0-lassemblee-generale-de-lire-ad16cb"),
    ("r0114", "irev", "funding", "État", "web-irev-fr-actualites-0-lassemblee-generale-de-lire-ad16cb"),
    ("r0115", "irev", "publication", "Projet stratégique 2020–2022", "web-irev-fr-actualites-0-lassemblee-generale-de-lire-ad16cb"),
    ("r0116", "irev", "position", "Milouda Ala", "web-irev-fr-actualites-0-retour-sur-lassemblee-gener-2f05a4"),
    ("r0116", "irev", "position", "Serge Bouffange", "web-irev-fr-actualites-0-retour-sur-lassemblee-gener-2f05a4"),
    ("r0117", "irev", "funding", "Communauté d'agglomération de Lens-Liévin", "web-irev-fr-actualites-0-retour-sur-lassemblee-gener-2f05a4"),
    ("r0117", "irev", "funding", "Communauté de communes du Pays noyonnais", "web-irev-fr-actualites-0-retour-sur-lassemblee-gener-2f05a4"),
    ("r0117", "irev", "funding", "Valenciennes Métropole", "web-irev-fr-actualites-0-retour-sur-lassemblee-gener-2f05a4"),
    ("r0118", "irev", "position", "Daniel Barnier", "web-irev-fr-node-234002"),
    ("r0118", "irev", "position", "Milouda Ala", "web-irev-fr-node-234002"),
    ("r0119", "irev", "funding", "15 intercommunalités et communes pilotes des con", "web-irev-fr-node-234002"),
    ("r0119", "irev", "funding", "Caisse des Dépôts", "web-irev-fr-node-234002"),
    ("r0119", "irev", "funding", "Département du Nord", "web-irev-fr-node-234002"),
    ("r0119", "irev", "funding", "Région", "web-irev-fr-node-234002"),
    ("r0119", "irev", "funding", "Union Régionale Habitat", "web-irev-fr-node-234002"),
    ("r0119", "irev", "funding", "État", "web-irev-fr-node-234002"),
    ("r0120", "irev", "position", "Kléber Arhoul", "web-irev-fr-node-234968"),
    ("r0120", "irev", "position", "Majdouline Sbai", "web-irev-fr-node-234968"),
    ("r0121", "irev", "publication", "Rapport d'activités", "web-pdfslide-fr-documents-rapport-daativits-irev-que-ce5506"),
    ("r0122", "irev", "claim", "Journées régionales, anciennement « Jeudis de la", "web-pdfslide-fr-documents-rapport-daativits-irev-que-ce5506"),
    ("r0123", "trajectoire-ressources", "claim", "2006", "web-bfc-laicite-org-trajectoire-ressources"),
    ("r0124", "trajectoire-ressources", "claim", "Labellisé « centre de ressources pour la politiq", "web-bfc-laicite-org-trajectoire-ressources"),
    ("r0124", "trajectoire-ressources", "coverage", "reg-26", "web-bfc-laicite-org-trajectoire-ressources"),
    ("r0124", "trajectoire-ressources", "coverage", "reg-43", "web-bfc-laicite-org-trajectoire-ressources"),
    ("r0125", "trajectoire-ressources", "coverage", "reg-27", "web-bfc-laicite-org-trajectoire-ressources"),
    ("r0126", "trajectoire-ressources", "claim", "Jean-Luc Michaud, directeur de publication de la", "web-pdfslide-fr-documents-assemble-gnrale-vendredi-2-fc4a49"),
    ("r0127", "trajectoire-ressources", "publication", "Lettre d'information", "web-pdfslide-fr-documents-assemble-gnrale-vendredi-2-fc4a49"),
    ("r0128", "trajectoire-ressources", "claim", "Maison des Métiers de la Ville, 13 avenue Léon B", "web-pdfslide-fr-documents-assemble-gnrale-vendredi-2-fc4a49"),
    ("r0129", "trajectoire-ressources", "claim", "03 81 96 74 75", "web-pdfslide-fr-documents-assemble-gnrale-vendredi-2-fc4a49"),
    ("r0130", "trajectoire-ressources", "claim", "Centre de Ressources Acteurs de la Ville Bourgog", "web-pdfslide-fr-documents-assemble-gnrale-vendredi-2-fc4a49"),
    ("r0130", "trajectoire-ressources", "coverage", "reg-27", "web-pdfslide-fr-documents-assemble-gnrale-vendredi-2-fc4a49"),
    ("r0131", "trajectoire-ressources", "claim", "www.ressources-ville.org", "web-pdfslide-fr-documents-assemble-gnrale-vendredi-2-fc4a49"),
    ("r0132", "trajectoire-ressources", "claim", "L'assemblée générale annuelle du 27 mai 2016 (Di", "web-pdfslide-fr-documents-assemble-gnrale-vendredi-2-fc4a49"),
    ("r0133", "oriv", "position", "Murielle Maffessoli", "web-2012-2017-nosdeputes-fr-14-intervention-211910"),
    ("r0134", "oriv", "claim", "1992", "web-2012-2017-nosdeputes-fr-14-intervention-211910"),
    ("r0135", "crpv-lorraine", "claim", "CRPVL", "web-2012-2017-nosdeputes-fr-14-intervention-211910"),
    ("r0136", "crpv-lorraine", "position", "Murielle Maffessoli", "web-2012-2017-nosdeputes-fr-14-intervention-211910"),
    ("r0137", "crpv-lorraine", "claim", "2010", "web-2012-2017-nosdeputes-fr-14-intervention-211910"),
    ("r0137", "crpv-lorraine", "claim", "active", "web-2012-2017-nosdeputes-fr-14-intervention-211910"),
    ("r0137", "crpv-lorraine", "coverage", "reg-41", "web-2012-2017-nosdeputes-fr-14-intervention-211910"),
    ("r0138", "crpv-lorraine", "coverage", "reg-41", "web-2012-2017-nosdeputes-fr-14-intervention-211910"),
    ("r0139", "crpv-lorraine", "claim", "Lien organique avec l'ORIV : direction partagée ", "web-2012-2017-nosdeputes-fr-14-intervention-211910"),
    ("r0140", "oriv", "claim", "Directrice de l'ORIV déléguée-adjointe du Réseau", "web-oriv-org-association-reseaux-dacteurs"),
    ("r0141", "oriv", "coverage", "reg-42", "web-oriv-org-association-reseaux-dacteurs"),
    ("r0142", "oriv", "claim", "Réseau RECI : de 1999 à 2004 « Réseau Intégratio", "web-oriv-org-association-reseaux-dacteurs"),
    ("r0143", "trajectoire-ressources", "claim", "association", "web-ressources-ville-org-qui-sommes-nous-711"),
    ("r0144", "trajectoire-ressources", "claim", "Trajectoire Ressources", "web-ressources-ville-org-qui-sommes-nous-711"),
    ("r0145", "trajectoire-ressources", "coverage", "reg-26", "web-ressources-ville-org-qui-sommes-nous-711"),
    ("r0145", "trajectoire-ressources", "coverage", "reg-43", "web-ressources-ville-org-qui-sommes-nous-711"),
    ("r0146", "trajectoire-ressources", "claim", "Issue de Trajectoire Formation et des collectivi", "web-ressources-ville-org-qui-sommes-nous-711"),
    ("r0147", "trajectoire-ressources", "claim", "www.ressources-ville.org", "web-ressources-ville-org-qui-sommes-nous-711"),
    ("r0148", "oriv", "claim", "Association sans but lucratif ; conseil d'admini", "web-oriv-org-vie-associative"),
    ("r0149", "oriv", "coverage", "reg-44", "web-oriv-org-vie-associative"),
    ("r0150", "oriv", "claim", "www.oriv.org", "web-oriv-org-vie-associative"),
    ("r0151", "oriv", "claim", "Volet politique de la ville engagé en Alsace au ", "web-oriv-org-dsu-point-de-vue-de-loriv"),
    ("r0152", "oriv", "claim", "Anime depuis 2019 un réseau Grand Est des profes", "web-oriv-org-thematique-immigration-integration-parc-02f094"),
    ("r0153", "irev", "claim", "IREV Nord-Pas de Calais – Centre de ressources p", "web-irev-fr-les-dispositifs"),
    ("r0154", "irev", "coverage", "reg-31", "web-irev-fr-les-dispositifs"),
    ("r0155", "irev", "claim", "active", "web-irev-fr-actualites-0-lirev-et-ses-membres-au-tra-fa068d"),
    ("r0156", "irev", "claim", "www.irev.fr", "web-irev-fr-actualites-0-lirev-et-ses-membres-au-tra-fa068d"),
    ("r0157", "oriv", "claim", "active", "web-oriv-org-publication-retour-sur-la-journee-regio-f672c4"),
    ("r0158", "oriv", "claim", "Journée régionale du 2 octobre 2025 organisée en", "web-oriv-org-publication-retour-sur-la-journee-regio-f672c4"),
    ("r0159", "trajectoire-ressources", "claim", "active", "web-reseau-crpv-fr-type-evenement-webinaire-page-2"),
    ("r0160", "trajectoire-ressources", "claim", "Partenariat avec l'Union Sociale pour l'Habitat ", "web-reseau-crpv-fr-type-evenement-webinaire-page-2"),
    ("r0161", "trajectoire-ressources", "claim", "Session-ressources « Europe et politique de la v", "web-europe-urbain-fr-former-les-professionnels-a-la-4bd5aa"),
    ("r0162", "trajectoire-ressources", "claim", "Première journée d'information sur le volet urba", "web-europe-urbain-fr-former-les-professionnels-a-la-4bd5aa"),
    ("r0163", "irev", "funding", "Banque des Territoires", "web-irev-fr-node-238902"),
    ("r0163", "irev", "funding", "EPCI et communes pilotes des contrats de ville", "web-irev-fr-node-238902"),
    ("r0163", "irev", "funding", "Région Hauts-de-France", "web-irev-fr-node-238902"),
    ("r0163", "irev", "funding", "Union régionale pour l'Habitat Hauts-de-France", "web-irev-fr-node-238902"),
    ("r0163", "irev", "funding", "État", "web-irev-fr-node-238902"),
    ("r0164", "irev", "funding", "Banque des Territoires", "web-irev-fr-node-238902"),
    ("r0165", "irev", "claim", "Porte aussi le centre de ressources Prévention d", "web-irev-fr-node-238902"),
    ("r0166", "irev", "position", "Daniel Barnier", "web-irev-fr-actualites-0-le-programme-de-2021-annonc-eb99c3"),
    ("r0167", "irev", "publication", "Projet stratégique 2020–2022", "web-irev-fr-actualites-0-le-programme-de-2021-annonc-eb99c3"),
    ("r0168", "irev", "claim", "active", "web-irev-fr-node-238338"),
    ("r0169", "oriv", "claim", "1992", "002_b4e078211863d438"),
    ("r0169", "oriv", "claim", "1998", "002_b4e078211863d438"),
    ("r0170", "oriv", "coverage", "reg-42", "002_b4e078211863d438"),
    ("r0171", "irev", "claim", "1998", "002_b4e078211863d438"),
    ("r0172", "irev", "claim", "gip", "002_b4e078211863d438"),
    ("r0173", "irev", "coverage", "reg-31", "002_b4e078211863d438"),
    ("r0174", "espace-picard-integration", "claim", "Espace Picard pour l'Intégration", "002_b4e078211863d438"),
    ("r0175", "espace-picard-integration", "claim", "2001", "002_b4e078211863d438"),
    ("r0176", "espace-picard-integration", "coverage", "reg-22", "002_b4e078211863d438"),
    ("r0177", "espace-picard-integration", "claim", "active", "002_b4e078211863d438"),
    ("r0178", "trajectoire-ressources", "claim", "2010", "002_b4e078211863d438"),
    ("r0179", "trajectoire-ressources", "claim", "Trajectoires ressources", "002_b4e078211863d438"),
    ("r0180", "trajectoire-ressources", "coverage", "reg-26", "002_b4e078211863d438"),
    ("r0180", "trajectoire-ressources", "coverage", "reg-43", "002_b4e078211863d438"),
    ("r0181", "crpv-lorraine", "claim", "Centre de ressources Politique de la ville Lorra", "002_b4e078211863d438"),
    ("r0182", "crpv-lorraine", "claim", "2011", "002_b4e078211863d438"),
    ("r0183", "crpv-lorraine", "claim", "active", "002_b4e078211863d438"),
    ("r0184", "oriv", "coverage", "reg-44", "001_4eccba4200d7201b"),
    ("r0185", "oriv", "claim", "www.oriv.org", "001_4eccba4200d7201b"),
    ("r0186", "oriv", "claim", "03 88 14 35 89", "001_4eccba4200d7201b"),
    ("r0187", "irev", "coverage", "reg-32", "001_4eccba4200d7201b"),
    ("r0188", "irev", "claim", "www.irev.fr", "001_4eccba4200d7201b"),
    ("r0189", "irev", "claim", "03 20 25 10 29", "001_4eccba4200d7201b"),
    ("r0190", "trajectoire-ressources", "claim", "www.ressources-ville.org", "001_4eccba4200d7201b"),
    ("r0191", "trajectoire-ressources", "claim", "03 81 96 70 92", "001_4eccba4200d7201b"),
    ("r0192", "trajectoire-ressources", "coverage", "reg-27", "001_4eccba4200d7201b"),
    ("r0193", "crpv-lorraine", "claim", "no-longer-listed", "001_4eccba4200d7201b"),
    ("r0194", "espace-picard-integration", "claim", "no-longer-listed", "001_4eccba4200d7201b"),
    ("r0195", "reso-villes", "claim", "Centre de ressources politique de la ville Breta", "web-pdfslide-fr-documents-rapport-activite-2016-cred-cf3398"),
    ("r0196", "reso-villes", "claim", "2, rue Meuris - 44100 NANTES", "web-pdfslide-fr-documents-rapport-activite-2016-cred-cf3398"),
    ("r0197", "reso-villes", "claim", "02 40 58 02 03", "web-pdfslide-fr-documents-rapport-activite-2016-cred-cf3398"),
    ("r0198", "reso-villes", "claim", "www.resovilles.com", "web-pdfslide-fr-documents-rapport-activite-2016-cred-cf3398"),
    ("r0199", "reso-villes", "publication", "Rapport d'activité 2016 et programme d'actions 2", "web-pdfslide-fr-documents-rapport-activite-2016-cred-cf3398"),
    ("r0200", "reso-villes", "claim", "Existence d'un conseil scientifique aux côtés du", "web-pdfslide-fr-documents-rapport-activite-2016-cred-cf3398"),
    ("r0201", "reso-villes", "position", "Ouided Ayad", "web-resovilles-com-le-projet-associatif-de-reso-vill-29568f"),
    ("r0202", "reso-villes", "claim", "Bureau de l'association renouvelé par le CA nouv", "web-resovilles-com-le-projet-associatif-de-reso-vill-29568f"),
    ("r0203", "reso-villes", "claim", "association", "web-resovilles-com-le-projet-associatif-de-reso-vill-29568f"),
    ("r0204", "reso-villes", "publication", "Projet associatif de RésO Villes 2024-2030", "web-resovilles-com-le-projet-associatif-de-reso-vill-29568f"),
    ("r0205", "reso-villes", "claim", "active", "web-resovilles-com-p-231830"),
    ("r0205", "reso-villes", "coverage", "reg-52", "web-resovilles-com-p-231830"),
    ("r0205", "reso-villes", "coverage", "reg-53", "web-resovilles-com-p-231830"),
    ("r0206", "reso-villes", "claim", "Structure un « Pôle Data & Quartiers » à rayonne", "web-resovilles-com-p-231830"),
    ("r0207", "reso-villes", "position", "Isabelle Melscoet", "web-irev-fr-print-actualites-0-les-centres-de-ressou-6f75a5"),
    ("r0208", "reso-villes", "claim", "A accueilli à Nantes les 25-26 juin (2019) la re", "web-reseau-crpv-fr-les-crpv-voyagent-a-nantes-pour-2-04dee6"),
    ("r0209", "reso-villes", "claim", "Résovilles", "web-reseau-crpv-fr-les-crpv-voyagent-a-nantes-pour-2-04dee6"),
    ("r0210", "reso-villes", "position", "Emmanuelle Soumeur-Méreau", "web-resovilles-com-journee-dechanges-des-services-de-5f0fc9"),
    ("r0211", "reso-villes", "claim", "Les SGAR Bretagne et Pays de la Loire s'appuient", "web-resovilles-com-journee-dechanges-des-services-de-5f0fc9"),
    ("r0212", "reso-villes", "claim", "RésOvilles", "web-s1deploy-manualzilla-com-doc-6441762-programmes-e74713"),
    ("r0213", "reso-villes", "claim", "Brigitte Maltet (RésO villes) membre du comité d", "web-s1deploy-manualzilla-com-doc-6441762-programmes-e74713"),
    ("r0214", "pqn-a", "publication", "Horizons aquitains", "web-s1deploy-manualzilla-com-doc-6441762-programmes-e74713"),
    ("r0215", "pqn-a", "claim", "Directeurs de la publication d'Horizons aquitain", "web-s1deploy-manualzilla-com-doc-6441762-programmes-e74713"),
    ("r0216", "pqn-a", "claim", "www.aquitaine-pqa.fr", "web-s1deploy-manualzilla-com-doc-6441762-programmes-e74713"),
    ("r0217", "pqn-a", "claim", "05 56 90 81 00", "web-s1deploy-manualzilla-com-doc-6441762-programmes-e74713"),
    ("r0218", "pqn-a", "claim", "Pays et Quartiers d'Aquitaine", "web-s1deploy-manualzilla-com-doc-6441762-programmes-e74713"),
    ("r0219", "villes-au-carre", "claim", "www.villesaucarre.org", "web-villesaucarre-org-ag-2017-nouveau-projet-associa-c916b3"),
    ("r0220", "villes-au-carre", "claim", "2007", "web-villesaucarre-org-ag-2017-nouveau-projet-associa-c916b3"),
    ("r0221", "villes-au-carre", "coverage", "reg-24", "web-villesaucarre-org-ag-2017-nouveau-projet-associa-c916b3"),
    ("r0221", "villes-au-carre", "coverage", "reg-54", "web-villesaucarre-org-ag-2017-nouveau-projet-associa-c916b3"),
    ("r0222", "villes-au-carre", "coverage", "reg-24", "web-villesaucarre-org-ag-2017-nouveau-projet-associa-c916b3"),
    ("r0223", "villes-au-carre", "claim", "Activité picto-charentaise transmise à PQA (cent", "web-villesaucarre-org-ag-2017-nouveau-projet-associa-c916b3"),
    ("r0224", "pqn-a", "coverage", "reg-54", "web-villesaucarre-org-ag-2017-nouveau-projet-associa-c916b3"),
    ("r0225", "villes-au-carre", "claim", "association", "web-villesaucarre-org-ag-2017-nouveau-projet-associa-c916b3"),
    ("r0226", "villes-au-carre", "claim", "Statuts révisés en AGE 2017 ; création d'un comi", "web-villesaucarre-org-ag-2017-nouveau-projet-associa-c916b3"),
    ("r0227", "villes-au-carre", "claim", "Membres du CA (2017) : Marie-Hélène Bodin (Vierz", "web-villesaucarre-org-ag-2017-nouveau-projet-associa-c916b3"),
    ("r0228", "villes-au-carre", "claim", "Le Conseil régional (Centre-Val de Loire) désign", "web-villesaucarre-org-ag-2017-nouveau-projet-associa-c916b3"),
    ("r0229", "villes-au-carre", "claim", "Agglomérations adhérentes citées : CA Chartres M", "web-villesaucarre-org-ag-2017-nouveau-projet-associa-c916b3"),
    ("r0230", "villes-au-carre", "publication", "Statuts 2017", "web-villesaucarre-org-ag-2017-nouveau-projet-associa-c916b3"),
    ("r0231", "pqn-a", "claim", "gip", "web-territoires-nouvelle-aquitaine-fr-la-politique-t-2ae600"),
    ("r0232", "pqn-a", "claim", "Créé dans le cadre du CPER 2000-2006, « il y a 1", "web-territoires-nouvelle-aquitaine-fr-la-politique-t-2ae600"),
    ("r0233", "pqn-a", "funding", "Conseil régional (pôle DATAR)", "web-territoires-nouvelle-aquitaine-fr-la-politique-t-2ae600"),
    ("r0233", "pqn-a", "funding", "État (SGAR)", "web-territoires-nouvelle-aquitaine-fr-la-politique-t-2ae600"),
    ("r0234", "pqn-a", "claim", "Parties prenantes du GIP : directions déconcentr", "web-territoires-nouvelle-aquitaine-fr-la-politique-t-2ae600"),
    ("r0235", "pqn-a", "funding", "CESER", "web-territoires-nouvelle-aquitaine-fr-la-politique-t-2ae600"),
    ("r0236", "pqn-a", "coverage", "reg-72", "web-territoires-nouvelle-aquitaine-fr-la-politique-t-2ae600"),
    ("r0236", "pqn-a", "coverage", "reg-75", "web-territoires-nouvelle-aquitaine-fr-la-politique-t-2ae600"),
    ("r0237", "pqn-a", "claim", "Partenariat État-Région renouvelé avec une nouve", "web-territoires-nouvelle-aquitaine-fr-la-politique-t-2ae600"),
    ("r0238", "pqn-a", "claim", "PQNA", "web-territoires-nouvelle-aquitaine-fr-la-politique-t-2ae600"),
    ("r0238", "pqn-a", "claim", "Pays et Quartiers de Nouvelle-Aquitaine", "web-territoires-nouvelle-aquitaine-fr-la-politique-t-2ae600"),
    ("r0239", "pqn-a", "claim", "2002", "web-pqn-a-fr-2021-2027-une-nouvelle-page-souvre-pour-c923ac"),
    ("r0240", "pqn-a", "claim", "Reconduit pour 7 ans (2021-2027) ; nouvelle feui", "web-pqn-a-fr-2021-2027-une-nouvelle-page-souvre-pour-c923ac"),
    ("r0241", "pqn-a", "funding", "conseil régional de Nouvelle-Aquitaine (pôle DAT", "web-pqn-a-fr-2021-2027-une-nouvelle-page-souvre-pour-c923ac"),
    ("r0241", "pqn-a", "funding", "État (SGAR)", "web-pqn-a-fr-2021-2027-une-nouvelle-page-souvre-pour-c923ac"),
    ("r0242", "pqn-a", "claim", "2021 : année de transition, nouveau projet de st", "web-pqn-a-fr-2021-2027-une-nouvelle-page-souvre-pour-c923ac"),
    ("r0243", "pqn-a", "claim", "Nouvelle-Aquitaine : 51 territoires de contractu", "web-pqn-a-fr-2021-2027-une-nouvelle-page-souvre-pour-c923ac"),
    ("r0243", "pqn-a", "coverage", "reg-75", "web-pqn-a-fr-2021-2027-une-nouvelle-page-souvre-pour-c923ac"),
    ("r0244", "pqn-a", "claim", "Créé par le Contrat de Plan État/Région 2000-200", "web-vdocuments-fr-bilan-dactivites-2007-pqn-afr-news-afd720"),
    ("r0245", "pqn-a", "claim", "gip", "web-vdocuments-fr-bilan-dactivites-2007-pqn-afr-news-afd720"),
    ("r0246", "pqn-a", "claim", "Deux volets : ville et pays ; participation croi", "web-vdocuments-fr-bilan-dactivites-2007-pqn-afr-news-afd720"),
    ("r0247", "pqn-a", "claim", "PQA", "web-vdocuments-fr-bilan-dactivites-2007-pqn-afr-news-afd720"),
    ("r0248", "pqn-a", "publication", "Bilan d'activités", "web-123dok-net-document-yng2dd1j-pays-et-quartiers-d-81efd0"),
    ("r0249", "pqn-a", "claim", "PQN-A", "web-pqn-a-fr-fr-ressources-analyses-web-conference-9-a40f70"),
    ("r0249", "pqn-a", "claim", "Pays et Quartiers de Nouvelle-Aquitaine", "web-pqn-a-fr-fr-ressources-analyses-web-conference-9-a40f70"),
    ("r0250", "pqn-a", "claim", "pqn-a.fr", "web-pqn-a-fr-fr-ressources-analyses-web-conference-9-a40f70"),
    ("r0251", "pqn-a", "claim", "Un directeur territorial de la Banque des territ", "web-pqn-a-fr-fr-ressources-analyses-web-conference-9-a40f70"),
    ("r0252", "normanvilles", "claim", "Normanvilles - Centre de ressources politique de", "web-pdfslide-fr-documents-bilan-du-fonctionnement-et-bb90ab"),
    ("r0253", "normanvilles", "claim", "Labellisé courant 2015 par le CGET", "web-pdfslide-fr-documents-bilan-du-fonctionnement-et-bb90ab"),
    ("r0254", "normanvilles", "claim", "Labellisé courant 2015 par le CGET", "web-pdfslide-fr-documents-bilan-du-fonctionnement-et-bb90ab"),
    ("r0255", "normanvilles", "claim", "Porté par le Groupement de coopération CREAI-ORS", "web-pdfslide-fr-documents-bilan-du-fonctionnement-et-bb90ab"),
    ("r0256", "normanvilles", "publication", "Bilan du fonctionnement et des activités (1er ja", "web-pdfslide-fr-documents-bilan-du-fonctionnement-et-bb90ab"),
    ("r0257", "normanvilles", "coverage", "reg-28", "web-pdfslide-fr-documents-bilan-du-fonctionnement-et-bb90ab"),
    ("r0258", "normanvilles", "claim", "Un dossier « Éléments de cadrage » produit en ju", "web-pdfslide-fr-documents-bilan-du-fonctionnement-et-bb90ab"),
    ("r0259", "villes-au-carre", "claim", "www.villesaucarre.fr", "web-villesaucarre-fr-spip-php-article3-id-rubrique-7"),
    ("r0260", "villes-au-carre", "claim", "Origine : Comité interministériel des villes de ", "web-villesaucarre-fr-spip-php-article3-id-rubrique-7"),
    ("r0261", "villes-au-carre", "claim", "2007-05-29", "web-villesaucarre-fr-spip-php-article3-id-rubrique-7"),
    ("r0262", "villes-au-carre", "claim", "association", "web-villesaucarre-fr-spip-php-article3-id-rubrique-7"),
    ("r0262", "villes-au-carre", "claim", "in-preparation", "web-villesaucarre-fr-spip-php-article3-id-rubrique-7"),
    ("r0263", "villes-au-carre", "claim", "active", "web-villesaucarre-fr-spip-php-article3-id-rubrique-7"),
    ("r0263", "villes-au-carre", "claim", "in-preparation", "web-villesaucarre-fr-spip-php-article3-id-rubrique-7"),
    ("r0264", "villes-au-carre", "claim", "Un élargissement à la région Limousin a été envi", "web-villesaucarre-fr-spip-php-article3-id-rubrique-7"),
    ("r0265", "villes-au-carre", "claim", "Statuts révisés en juin 2011", "web-villesaucarre-fr-spip-php-article3-id-rubrique-7"),
    ("r0266", "villes-au-carre", "claim", "Journée de lancement le 9 octobre 2007 à Poitier", "web-villesaucarre-fr-spip-php-article3-id-rubrique-7"),
    ("r0267", "villes-au-carre", "position", "Cécile Dublanche", "web-villesaucarre-fr-spip-php-article3-id-rubrique-7"),
    ("r0268", "villes-au-carre", "claim", "active", "web-villesaucarre-org-15-ans-et-apres"),
    ("r0268", "villes-au-carre", "position", "Cécile Dublanche", "web-villesaucarre-org-15-ans-et-apres"),
    ("r0269", "villes-au-carre", "claim", "Cécile Dublanche missionnée par Yves Dauge (prés", "web-villesaucarre-org-15-ans-et-apres"),
    ("r0270", "villes-au-carre", "claim", "V2", "web-villesaucarre-org-15-ans-et-apres"),
    ("r0271", "villes-au-carre", "position", "Jean-Patrick Gille", "web-villesaucarre-org-31-mai-assemblee-generale-de-v-e103cc"),
    ("r0272", "villes-au-carre", "claim", "Nouveaux adhérents 2018 : Orléans Métropole, CC ", "web-villesaucarre-org-31-mai-assemblee-generale-de-v-e103cc"),
    ("r0273", "villes-au-carre", "claim", "2017 présentée comme l'année de refondation de l", "web-villesaucarre-org-31-mai-assemblee-generale-de-v-e103cc"),
    ("r0274", "villes-au-carre", "claim", "Services de l'État (DRDJSCS, SGAR, DREAL, DRDFE,", "web-villesaucarre-org-31-mai-assemblee-generale-de-v-e103cc"),
    ("r0275", "villes-au-carre", "position", "Cécile Dublanche", "web-doczz-fr-doc-3442873-le-cadre-de-vie-des-quartie-101f4b"),
    ("r0276", "villes-au-carre", "claim", "Atelier permanent de la gestion urbaine de proxi", "web-doczz-fr-doc-3442873-le-cadre-de-vie-des-quartie-101f4b"),
    ("r0277", "villes-au-carre", "claim", "Se décrit comme structure associative spécialisé", "web-chatpfe-com-democratie-permanente-experimentatio-6e7752"),
    ("r0278", "normanvilles", "publication", "Kit politique de la ville de Normandie", "web-pdfslide-fr-documents-kit-politique-de-la-ville-c1589b"),
    ("r0279", "normanvilles", "claim", "active", "web-pdfslide-fr-documents-kit-politique-de-la-ville-c1589b"),
    ("r0280", "normanvilles", "claim", "orscreainormandie.org", "web-pdfslide-fr-documents-kit-politique-de-la-ville-c1589b"),
    ("r0281", "pqn-a", "claim", "Co-animation avec Villes au Carré d'un réseau de", "web-vdocuments-fr-rseau-des-acteurs-de-la-politique-1950fc"),
    ("r0282", "villes-au-carre", "claim", "Co-animation avec PQA d'un réseau des acteurs de", "web-vdocuments-fr-rseau-des-acteurs-de-la-politique-1950fc"),
    ("r0283", "villes-au-carre", "coverage", "reg-54", "web-vdocuments-fr-rseau-des-acteurs-de-la-politique-1950fc"),
    ("r0284", "pqn-a", "claim", "Christine Roman et Cécile Dublanche, directrices", "web-vdocuments-fr-rseau-des-acteurs-de-la-politique-1950fc"),
    ("r0286", "reso-villes", "claim", "association", "web-horizonspublics-fr-numerique-quand-le-big-data-s-f566e3"),
    ("r0287", "reso-villes", "coverage", "reg-52", "web-horizonspublics-fr-numerique-quand-le-big-data-s-f566e3"),
    ("r0287", "reso-villes", "coverage", "reg-53", "web-horizonspublics-fr-numerique-quand-le-big-data-s-f566e3"),
    ("r0288", "reso-villes", "claim", "Pilote depuis 2019 le programme « Data & quartie", "web-horizonspublics-fr-numerique-quand-le-big-data-s-f566e3"),
    ("r0289", "reso-villes", "funding", "ANCT", "web-horizonspublics-fr-numerique-quand-le-big-data-s-f566e3"),
    ("r0289", "reso-villes", "funding", "partenaires publics locaux", "web-horizonspublics-fr-numerique-quand-le-big-data-s-f566e3"),
    ("r0289", "reso-villes", "funding", "quelques grandes entreprises", "web-horizonspublics-fr-numerique-quand-le-big-data-s-f566e3"),
    ("r0290", "reso-villes", "claim", "Expérimentation Data & Quartiers initiée dès 201", "web-new-express-adobe-com-webpage-yhlbcwkial418"),
    ("r0291", "reso-villes", "funding", "Banque des Territoires (Caisse des Dépôts)", "web-new-express-adobe-com-webpage-yhlbcwkial418"),
    ("r0292", "reso-villes", "claim", "La secrétaire générale pour les affaires régiona", "web-new-express-adobe-com-webpage-yhlbcwkial418"),
    ("r0293", "reso-villes", "publication", "Livre blanc « Data & Quartiers »", "web-lagazettedescommunes-com-883565-quand-la-data-ec-1cda01"),
    ("r0294", "reso-villes", "claim", "Accompagne collectivités, État et acteurs public", "web-lagazettedescommunes-com-883565-quand-la-data-ec-1cda01"),
    ("r0295", "reso-villes", "claim", "Programme Data & Quartiers expérimenté pendant t", "web-latribune-fr-opinions-tribunes-politique-de-la-v-cddb60"),
    ("r0296", "reso-villes", "claim", "Créé au début des années 2000 (Michel Didier, av", "web-comitehistoirepolville-fr-en-article-pour-faire-55805a"),
    ("r0297", "reso-villes", "claim", "Fondateurs cités : Michel Didier et Daniel Asser", "web-comitehistoirepolville-fr-en-article-pour-faire-55805a"),
    ("r0298", "reso-villes", "position", "Nathalie Gosselin", "web-comitehistoirepolville-fr-en-article-pour-faire-55805a"),
    ("r0299", "reso-villes", "claim", "Journée « Faire ensemble Quartiers 2030 » le 13 ", "web-comitehistoirepolville-fr-en-article-pour-faire-55805a"),
    ("r0300", "reso-villes", "claim", "RésO Villes - Centre de ressources de la politiq", "web-comitehistoirepolville-fr-en-article-pour-faire-55805a"),
    ("r0301", "normanvilles", "claim", "Structure porteuse : Groupement de coopération C", "web-fr-doczz-net-doc-90572-creai-ors-normanvilles"),
    ("r0302", "pqn-a", "claim", "active", "web-pqn-a-fr-fr-actualites-offres-emploi-pqna-stage-857ecd"),
    ("r0303", "pqn-a", "claim", "gip", "web-pqn-a-fr-fr-actualites-offres-emploi-pqna-stage-857ecd"),
    ("r0304", "pqn-a", "claim", "Nouvelle-Aquitaine : 26 territoires intercommuna", "web-pqn-a-fr-fr-actualites-offres-emploi-pqna-stage-857ecd"),
    ("r0304", "pqn-a", "coverage", "reg-75", "web-pqn-a-fr-fr-actualites-offres-emploi-pqna-stage-857ecd"),
    ("r0305", "reso-villes", "coverage", "reg-52", "001_4eccba4200d7201b"),
    ("r0305", "reso-villes", "coverage", "reg-53", "001_4eccba4200d7201b"),
    ("r0306", "reso-villes", "claim", "www.resovilles.com", "001_4eccba4200d7201b"),
    ("r0307", "reso-villes", "claim", "02 40 58 02 03", "001_4eccba4200d7201b"),
    ("r0308", "reso-villes", "claim", "2000", "002_b4e078211863d438"),
    ("r0309", "reso-villes", "claim", "ResOVilles", "002_b4e078211863d438"),
    ("r0310", "reso-villes", "publication", "Fiches expérience sur les dispositifs de réussit", "003_bebbd0276ba87a48"),
    ("r0311", "pqn-a", "claim", "Pays et Quartiers d'Aquitaine", "001_4eccba4200d7201b"),
    ("r0312", "pqn-a", "coverage", "reg-72", "001_4eccba4200d7201b"),
    ("r0312", "pqn-a", "coverage", "reg-75", "001_4eccba4200d7201b"),
    ("r0313", "pqn-a", "claim", "www.aquitaine-pqa.fr", "001_4eccba4200d7201b"),
    ("r0314", "pqn-a", "claim", "05 56 90 81 00", "001_4eccba4200d7201b"),
    ("r0315", "pqn-a", "claim", "2002", "002_b4e078211863d438"),
    ("r0316", "pqn-a", "claim", "gip", "002_b4e078211863d438"),
    ("r0317", "pqn-a", "publication", "Horizons Aquitains", "003_bebbd0276ba87a48"),
    ("r0318", "pqn-a", "claim", "PQN-A se déclare membre du réseau national des c", "004_9e20a90db88cc1d2"),
    ("r0319", "villes-au-carre", "claim", "Villes au Carré", "001_4eccba4200d7201b"),
    ("r0320", "villes-au-carre", "coverage", "reg-24", "001_4eccba4200d7201b"),
    ("r0320", "villes-au-carre", "coverage", "reg-54", "001_4eccba4200d7201b"),
    ("r0321", "villes-au-carre", "claim", "www.villesaucarre.fr", "001_4eccba4200d7201b"),
    ("r0322", "villes-au-carre", "claim", "02 47 61 11 85", "001_4eccba4200d7201b"),
    ("r0323", "villes-au-carre", "claim", "Ville au carré", "002_b4e078211863d438"),
    ("r0324", "villes-au-carre", "claim", "2007", "002_b4e078211863d438"),
    ("r0325", "normanvilles", "claim", "Normanvilles", "001_4eccba4200d7201b"),
    ("r0326", "normanvilles", "coverage", "reg-28", "001_4eccba4200d7201b"),
    ("r0327", "normanvilles", "claim", "www.normanvilles.org", "001_4eccba4200d7201b"),
    ("r0328", "normanvilles", "claim", "02 31 43 63 36", "001_4eccba4200d7201b"),
    ("r0329", "normanvilles", "claim", "Not in the 2012 list of centres.", "002_b4e078211863d438"),
    ("r0330", "pqn-a", "claim", "Pays et Quartiers d'Aquitaine", "web-territoires-nouvelle-aquitaine-fr-la-politique-t-2ae600"),
    ("r0331", "pqn-a", "claim", "Pays et Quartiers d'Aquitaine", "web-fr-readkong-com-page-bilan-d-activit-s-2019-mars-32b706"),
    ("r0331", "pqn-a", "claim", "Pays et Quartiers de Nouvelle-Aquitaine", "web-fr-readkong-com-page-bilan-d-activit-s-2019-mars-32b706"),
    ("r0332", "ressources-territoires", "claim", "gip", "web-ressources-territoires-com-mieux-nous-connaitre-439f39"),
    ("r0333", "ressources-territoires", "claim", "R&T", "web-ressources-territoires-com-mieux-nous-connaitre-439f39"),
    ("r0334", "ressources-territoires", "claim", "Ressources & Territoires", "web-ressources-territoires-com-mieux-nous-connaitre-439f39"),
    ("r0335", "ressources-territoires", "claim", "2000-12-10", "web-ressources-territoires-com-mieux-nous-connaitre-439f39"),
    ("r0336", "ressources-territoires", "claim", "2000-12-10", "web-profiloccitanie-fr-cria-ressources-et-territoire-7c10cb"),
    ("r0337", "ressources-territoires", "claim", "2001", "002_b4e078211863d438"),
    ("r0338", "ressources-territoires", "funding", "services de l'État (initiateurs)", "web-ressources-territoires-com-mieux-nous-connaitre-439f39"),
    ("r0339", "ressources-territoires", "funding", "Université Toulouse Le Mirail (aujourd'hui Unive", "web-ressources-territoires-com-mieux-nous-connaitre-439f39"),
    ("r0340", "ressources-territoires", "funding", "CNFPT – délégation régionale Midi-Pyrénées", "web-ressources-territoires-com-mieux-nous-connaitre-439f39"),
    ("r0341", "ressources-territoires", "funding", "Conseil régional Midi-Pyrénées", "web-ressources-territoires-com-mieux-nous-connaitre-439f39"),
    ("r0342", "ressources-territoires", "claim", "2008 : intégration de la mission d'observation d", "web-profiloccitanie-fr-cria-ressources-et-territoire-7c10cb"),
    ("r0343", "ressources-territoires", "claim", "2009 : intégration du Centre Ressources Illettri", "web-ressources-territoires-com-mieux-nous-connaitre-439f39"),
    ("r0344", "ressources-territoires", "claim", "Intitulé du GIP : de « Ressources & Territoires,", "web-ressources-territoires-com-mieux-nous-connaitre-439f39"),
    ("r0345", "ressources-territoires", "coverage", "reg-73", "web-ressources-territoires-com-mieux-nous-connaitre-439f39"),
    ("r0346", "ressources-territoires", "coverage", "reg-73", "web-profiloccitanie-fr-cria-ressources-et-territoire-7c10cb"),
    ("r0347", "ressources-territoires", "claim", "23 sites classés en politique de la ville sur le", "web-profiloccitanie-fr-cria-ressources-et-territoire-7c10cb"),
    ("r0348", "ressources-territoires", "claim", "Toulouse", "web-profiloccitanie-fr-cria-ressources-et-territoire-7c10cb"),
    ("r0349", "ressources-territoires", "claim", "www.ressources-territoires.com", "web-ressources-territoires-com-mieux-nous-connaitre-439f39"),
    ("r0350", "ressources-territoires", "claim", "Centre de ressources midi-pyrénéen pour les acte", "web-vdocuments-fr-plan-dactions-prvisionnel-ressourc-258b34"),
    ("r0350", "ressources-territoires", "coverage", "reg-73", "web-vdocuments-fr-plan-dactions-prvisionnel-ressourc-258b34"),
    ("r0351", "ressources-territoires", "claim", "2008 : fin du regroupement de plusieurs équipes ", "web-vdocuments-fr-plan-dactions-prvisionnel-ressourc-258b34"),
    ("r0352", "ressources-territoires", "claim", "Service Information/Documentation de plus de 500", "web-vdocuments-fr-plan-dactions-prvisionnel-ressourc-258b34"),
    ("r0353", "ressources-territoires", "claim", "Le plan d'actions 2009 s'ouvre sur « le mot de l", "web-vdocuments-fr-plan-dactions-prvisionnel-ressourc-258b34"),
    ("r0354", "ressources-territoires", "publication", "Rapport d'activité 2014", "web-manualzilla-com-doc-6459420-rapport-d-activit-c3-053f28"),
    ("r0355", "ressources-territoires", "claim", "active", "web-pdfslide-net-documents-rappot-daativit-ressource-99ab9d"),
    ("r0355", "ressources-territoires", "publication", "Rapport d'activité 2015", "web-pdfslide-net-documents-rappot-daativit-ressource-99ab9d"),
    ("r0356", "ressources-territoires", "publication", "Plan d'actions prévisionnel", "web-vdocuments-fr-plan-dactions-prvisionnel-ressourc-258b34"),
    ("r0357", "ressources-territoires", "claim", "05 62 11 38 34", "001_4eccba4200d7201b"),
    ("r0358", "villes-territoires-lr", "claim", "Villes et Territoires LR", "web-villesetterritoireslr-fr-villes-territoires-hist-e2e5f0"),
    ("r0359", "villes-territoires-lr", "claim", "Villes et Territoires LR", "web-villesetterritoireslr-fr-villes-territoires-hist-e2e5f0"),
    ("r0359", "villes-territoires-lr", "claim", "Villes et Territoires Occitanie", "web-villesetterritoireslr-fr-villes-territoires-hist-e2e5f0"),
    ("r0360", "villes-territoires-lr", "claim", "Villes et Territoires Occitanie", "web-villesetterritoireslr-fr-category-nos-actions"),
    ("r0361", "villes-territoires-lr", "claim", "2012-01", "web-villesetterritoireslr-fr-villes-territoires-hist-e2e5f0"),
    ("r0362", "villes-territoires-lr", "claim", "Portage transitoire par l'IRTS-LR (2012) avant l", "web-villesetterritoireslr-fr-villes-territoires-hist-e2e5f0"),
    ("r0363", "villes-territoires-lr", "claim", "association", "web-villesetterritoireslr-fr-villes-territoires-hist-e2e5f0"),
    ("r0364", "villes-territoires-lr", "claim", "Origines : Ateliers régionaux politique de la vi", "web-villesetterritoireslr-fr-villes-territoires-hist-e2e5f0"),
    ("r0365", "villes-territoires-lr", "coverage", "reg-91", "web-villesetterritoireslr-fr-villes-territoires-hist-e2e5f0"),
    ("r0366", "villes-territoires-lr", "coverage", "dep-11", "web-villesetterritoireslr-fr-category-nos-actions"),
    ("r0366", "villes-territoires-lr", "coverage", "dep-30", "web-villesetterritoireslr-fr-category-nos-actions"),
    ("r0366", "villes-territoires-lr", "coverage", "dep-34", "web-villesetterritoireslr-fr-category-nos-actions"),
    ("r0366", "villes-territoires-lr", "coverage", "dep-66", "web-villesetterritoireslr-fr-category-nos-actions"),
    ("r0367", "villes-territoires-lr", "claim", "www.villesetterritoireslr.fr", "web-villesetterritoireslr-fr-villes-territoires-hist-e2e5f0"),
    ("r0368", "villes-territoires-lr", "claim", "villes-et-territoires.fr", "web-villes-et-territoires-fr-productions-journee-sen-b65890"),
    ("r0369", "villes-territoires-lr", "claim", "active", "web-villesetterritoireslr-fr-category-nos-actions"),
    ("r0370", "villes-territoires-lr", "publication", "État des lieux des conseils citoyens", "web-villesetterritoireslr-fr-category-nos-actions"),
    ("r0371", "villes-territoires-lr", "claim", "Programme d'actions 2014 : une vingtaine de jour", "web-villesetterritoireslr-fr-nos-actions-programme-d-06d4c5"),
    ("r0372", "villes-territoires-lr", "claim", "10 juillet 2014 : journée régionale sur la réfor", "web-villes-et-territoires-fr-productions-journee-sen-b65890"),
    ("r0372", "villes-territoires-lr", "coverage", "reg-91", "web-villes-et-territoires-fr-productions-journee-sen-b65890"),
    ("r0373", "villes-territoires-lr", "claim", "Webinaire du 4 mars 2021 sur l'accès des habitan", "web-villesetterritoireslr-fr-category-nos-actions"),
    ("r0374", "villes-territoires-lr", "claim", "Appui aux conseils citoyens depuis 2015 ; 4e ren", "web-villesetterritoireslr-fr-category-nos-actions"),
    ("r0375", "villes-territoires-lr", "claim", "9 octobre 2018 : 2e Rencontres des conseils cito", "web-villesetterritoireslr-fr-category-nos-actions-pa-9ed9e7"),
    ("r0375", "villes-territoires-lr", "coverage", "dep-30", "web-villesetterritoireslr-fr-category-nos-actions-pa-9ed9e7"),
    ("r0376", "villes-territoires-lr", "claim", "Journée régionale (Montpellier, CREPS) sur la ma", "web-villesetterritoireslr-fr-nos-actions-journees-th-1e23c8"),
    ("r0377", "crpv-paca", "claim", "www.crpv-paca.org", "web-issuu-com-echocite-docs-arv12-version0"),
    ("r0378", "crpv-paca", "claim", "www.crvp-paca.org", "001_4eccba4200d7201b"),
    ("r0379", "crpv-paca", "claim", "Centre de Ressources pour la Politique de la Vil", "web-issuu-com-echocite-docs-arv12-version0"),
    ("r0380", "crpv-paca", "claim", "Centre de ressources pour la politique de la vil", "web-s1deploy-manualzilla-com-doc-6441762-programmes-e74713"),
    ("r0381", "crpv-paca", "claim", "CRPV-PACA", "web-cite-ressources-org-node-408"),
    ("r0382", "crpv-paca", "claim", "CRPV-PACA", "web-arhlmpacacorse-com-p-5941"),
    ("r0382", "crpv-paca", "claim", "Cité Ressources", "web-arhlmpacacorse-com-p-5941"),
    ("r0383", "crpv-paca", "claim", "Cité Ressources", "web-arhlmpacacorse-com-p-5941"),
    ("r0384", "crpv-paca", "claim", "2002", "web-arhlmpacacorse-com-p-5941"),
    ("r0385", "crpv-paca", "claim", "gip", "web-arhlmpacacorse-com-p-5941"),
    ("r0386", "crpv-paca", "funding", "État (Préfecture de région)", "web-arhlmpacacorse-com-p-5941"),
    ("r0387", "crpv-paca", "funding", "Conseil régional Provence-Alpes-Côte d'Azur", "web-arhlmpacacorse-com-p-5941"),
    ("r0388", "crpv-paca", "funding", "AR Hlm Paca & Corse (association régionale des o", "web-arhlmpacacorse-com-p-5941"),
    ("r0389", "crpv-paca", "funding", "Métropole Aix-Marseille-Provence", "web-arhlmpacacorse-com-p-5941"),
    ("r0390", "crpv-paca", "position", "Mustapha Berra", "web-arhlmpacacorse-com-p-5941"),
    ("r0391", "crpv-paca", "claim", "2006 : Dominique Michel et Mustapha Berra, menti", "web-s1deploy-manualzilla-com-doc-6441762-programmes-e74713"),
    ("r0392", "crpv-paca", "claim", "2006 : réponse commune CRPV Paca, RésOvilles et ", "web-s1deploy-manualzilla-com-doc-6441762-programmes-e74713"),
    ("r0393", "crpv-paca", "claim", "CRPV-PACA", "web-cite-ressources-org-node-408"),
    ("r0393", "crpv-paca", "publication", "Ateliers régionaux de la ville (ARV)", "web-cite-ressources-org-node-408"),
    ("r0394", "crpv-paca", "publication", "Ateliers régionaux de la ville (ARV)", "web-cite-ressources-org-node-408"),
    ("r0395", "crpv-paca", "publication", "Ateliers régionaux de la ville (ARV)", "web-issuu-com-echocite-docs-arv12-version0"),
    ("r0396", "crpv-paca", "coverage", "reg-93", "web-cite-ressources-org-node-408"),
    ("r0397", "crpv-paca", "claim", "cite-ressources.org", "web-cite-ressources-org-node-408"),
    ("r0398", "crpv-paca", "claim", "Actif sous le nom Cité Ressources : évaluation à", "web-arhlmpacacorse-com-p-5941"),
    ("r0399", "crpv-paca", "claim", "Le CRPV Paca se dit membre du réseau national de", "web-arhlmpacacorse-com-p-5941"),
    ("r0399", "network", "count", "19", "web-arhlmpacacorse-com-p-5941"),
    ("r0400", "crpv-paca", "claim", "Documents de CUCS 2007-2009 (Vallauris, Grasse) ", "web-doczz-fr-doc-5781014-vallauris-crpv-paca"),
    ("r0401", "crpv-paca", "claim", "2002", "002_b4e078211863d438"),
    ("r0405", "crpv-guyane", "claim", "Centre de ressources pour la politique de la vil", "002_b4e078211863d438"),
    ("r0406", "crpv-guyane", "claim", "2003", "002_b4e078211863d438"),
    ("r0407", "crpv-guyane", "claim", "Centre de ressources Politique de la ville", "001_4eccba4200d7201b"),
    ("r0408", "crpv-guyane", "coverage", "dep-973", "001_4eccba4200d7201b"),
    ("r0409", "crpv-guyane", "claim", "www.crvp-guyane.org", "001_4eccba4200d7201b"),
    ("r0410", "crpv-guyane", "claim", "05 94 28 79 43", "001_4eccba4200d7201b"),
    ("r0411", "crpv-guyane", "claim", "Centre de ressources politique de la ville de Gu", "web-fdocuments-us-document-es-politique-de-la-ville-e7732c"),
    ("r0412", "crpv-guyane", "publication", "Rapport d'activité 2012", "web-fdocuments-us-document-es-politique-de-la-ville-e7732c"),
    ("r0413", "crpv-guyane", "claim", "Projet de centre 2011-2013 ; 2012 présentée comm", "web-fdocuments-us-document-es-politique-de-la-ville-e7732c"),
    ("r0414", "crpv-guyane", "claim", "Le rapport 2012 comporte un « mot du président »", "web-fdocuments-us-document-es-politique-de-la-ville-e7732c"),
    ("r0415", "crpv-guyane", "claim", "active", "web-site-web-martinique-com-villecaraibe-2013-05-29-b08efd"),
    ("r0416", "crpv-guyane", "claim", "Philippe Cambril cité comme intervenant « du cen", "web-97320-com-un-seminaire-sur-la-ville-a-saint-laur-ca069c"),
    ("r0417", "cdr-mayotte", "claim", "Centre de ressources et d'observation de la Cohé", "002_b4e078211863d438"),
    ("r0418", "cdr-mayotte", "claim", "Centre de ressources Politique de la ville - obs", "001_4eccba4200d7201b"),
    ("r0419", "cdr-mayotte", "claim", "www.cdr-mayotte.fr", "001_4eccba4200d7201b"),
    ("r0420", "cdr-mayotte", "claim", "02 69 61 71 44", "001_4eccba4200d7201b"),
    ("r0421", "cdr-mayotte", "coverage", "dep-976", "001_4eccba4200d7201b"),
    ("r0422", "cdr-mayotte", "claim", "CDR de Mayotte", "web-cdr-mayotte-fr-le-cdr-a-propos-du-cdr-nos-parten-f25c53"),
    ("r0423", "cdr-mayotte", "claim", "www.cdr-mayotte.fr", "web-cdr-mayotte-fr-le-cdr-a-propos-du-cdr-nos-parten-f25c53"),
    ("r0424", "cdr-mayotte", "funding", "État", "web-cdr-mayotte-fr-le-cdr-a-propos-du-cdr-nos-parten-f25c53"),
    ("r0425", "cdr-mayotte", "claim", "Fonctionnement en pluri-partenariat opérationnel", "web-cdr-mayotte-fr-le-cdr-a-propos-du-cdr-nos-parten-f25c53"),
    ("r0426", "cdr-mayotte", "claim", "Partenaires nationaux présentés : CGET, ACSé (op", "web-cdr-mayotte-fr-le-cdr-a-propos-du-cdr-nos-parten-f25c53"),
    ("r0426", "cdr-mayotte", "funding", "ACSé (opérateur financier, représentée localemen", "web-cdr-mayotte-fr-le-cdr-a-propos-du-cdr-nos-parten-f25c53"),
    ("r0427", "cdr-mayotte", "publication", "Évaluation de la politique de la ville à travers", "web-cdr-mayotte-fr-politique-de-la-ville-la-pv-a-may-c78a6a"),
    ("r0428", "gip-maore-ouvoimoja", "claim", "Maoré Ouvoimoja", "web-mayotte-deets-gouv-fr-signature-de-la-convention-4e96e9"),
    ("r0429", "gip-maore-ouvoimoja", "claim", "2019-04-11", "web-mayotte-deets-gouv-fr-signature-de-la-convention-4e96e9"),
    ("r0429", "gip-maore-ouvoimoja", "claim", "active", "web-mayotte-deets-gouv-fr-signature-de-la-convention-4e96e9"),
    ("r0430", "gip-maore-ouvoimoja", "claim", "gip", "web-mayotte-deets-gouv-fr-signature-de-la-convention-4e96e9"),
    ("r0431", "gip-maore-ouvoimoja", "funding", "État", "web-mayotte-deets-gouv-fr-signature-de-la-convention-4e96e9"),
    ("r0432", "gip-maore-ouvoimoja", "funding", "Conseil départemental de Mayotte", "web-mayotte-deets-gouv-fr-signature-de-la-convention-4e96e9"),
    ("r0433", "gip-maore-ouvoimoja", "funding", "Caisse de Sécurité Sociale de Mayotte", "web-mayotte-deets-gouv-fr-signature-de-la-convention-4e96e9"),
    ("r0434", "gip-maore-ouvoimoja", "funding", "Caisse des Dépôts et Consignations", "web-mayotte-deets-gouv-fr-signature-de-la-convention-4e96e9"),
    ("r0435", "gip-maore-ouvoimoja", "funding", "Association des maires de Mayotte", "web-mayotte-deets-gouv-fr-signature-de-la-convention-4e96e9"),
    ("r0436", "gip-maore-ouvoimoja", "funding", "CADEMA", "web-mayotte-deets-gouv-fr-signature-de-la-convention-4e96e9"),
    ("r0437", "gip-maore-ouvoimoja", "funding", "Communauté de communes de Petite-Terre", "web-mayotte-deets-gouv-fr-signature-de-la-convention-4e96e9"),
    ("r0438", "gip-maore-ouvoimoja", "funding", "Commune de Bandrélé", "web-mayotte-deets-gouv-fr-signature-de-la-convention-4e96e9"),
    ("r0439", "gip-maore-ouvoimoja", "funding", "Commune de Bouéni", "web-mayotte-deets-gouv-fr-signature-de-la-convention-4e96e9"),
    ("r0440", "gip-maore-ouvoimoja", "funding", "Commune de Chirongui", "web-mayotte-deets-gouv-fr-signature-de-la-convention-4e96e9"),
    ("r0441", "gip-maore-ouvoimoja", "funding", "Commune de Mamoudzou", "web-mayotte-deets-gouv-fr-signature-de-la-convention-4e96e9"),
    ("r0442", "gip-maore-ouvoimoja", "funding", "Commune de M'Tsangamouji", "web-mayotte-deets-gouv-fr-signature-de-la-convention-4e96e9"),
    ("r0443", "gip-maore-ouvoimoja", "funding", "Commune de M'Tsamboro", "web-mayotte-deets-gouv-fr-signature-de-la-convention-4e96e9"),
    ("r0444", "gip-maore-ouvoimoja", "funding", "Commune de Sada", "web-mayotte-deets-gouv-fr-signature-de-la-convention-4e96e9"),
    ("r0445", "gip-maore-ouvoimoja", "claim", "GIP créé pour 5 ans, budget de fonctionnement in", "web-migration-lejournaldemayotte-com-2019-04-11-crea-028608"),
    ("r0446", "gip-maore-ouvoimoja", "coverage", "dep-976", "web-migration-lejournaldemayotte-com-2019-04-11-crea-028608"),
    ("r0447", "gip-maore-ouvoimoja", "claim", "Centre de Ressources Politique de la Ville et Co", "web-lejournaldemayotte-yt-p-42477"),
    ("r0448", "gip-maore-ouvoimoja", "claim", "GIP CRPV-CS", "web-lejournaldemayotte-yt-p-42477"),
    ("r0449", "gip-maore-ouvoimoja", "claim", "Accueille les directeurs de CRPV et le coordinat", "web-reseau-crpv-fr-author-ulysse-delerm"),
    ("r0450", "gip-maore-ouvoimoja", "position", "Linda Rabahi", "web-lagazettedescommunes-com-988752-a-mayotte-lia-au-49b33e"),
    ("r0451", "ville-caraibe", "claim", "Ville Caraïbes", "002_b4e078211863d438"),
    ("r0452", "ville-caraibe", "claim", "2007", "002_b4e078211863d438"),
    ("r0453", "ville-caraibe", "claim", "Ville Caraïbe", "001_4eccba4200d7201b"),
    ("r0454", "ville-caraibe", "claim", "www.villecaraibe.com", "001_4eccba4200d7201b"),
    ("r0455", "ville-caraibe", "claim", "05 96 68 64 52", "001_4eccba4200d7201b"),
    ("r0456", "ville-caraibe", "claim", "Centre de Ressources Politique de la ville de Ma", "web-villecaraibe-com-ville-caraibe-presentation-de-v-bdcf50"),
    ("r0456", "ville-caraibe", "claim", "Ville Caraïbe", "web-villecaraibe-com-ville-caraibe-presentation-de-v-bdcf50"),
    ("r0457", "ville-caraibe", "claim", "2007", "web-villecaraibe-com-ville-caraibe-presentation-de-v-bdcf50"),
    ("r0458", "ville-caraibe", "claim", "Issu de la volonté de l'Association Martiniquais", "web-villecaraibe-com-ville-caraibe-presentation-de-v-bdcf50"),
    ("r0459", "ville-caraibe", "claim", "Les fondateurs qualifient la structure d'« entre", "web-villecaraibe-com-ville-caraibe-presentation-de-v-bdcf50"),
    ("r0460", "ville-caraibe", "coverage", "dep-972", "web-villecaraibe-com-ville-caraibe-presentation-de-v-bdcf50"),
    ("r0461", "ville-caraibe", "claim", "2007-03-06", "web-vdocuments-mx-rapport-daactivites-2009-ville-rap-b755c5"),
    ("r0462", "ville-caraibe", "claim", "Directeur recruté le 22 octobre 2007 ; assistant", "web-vdocuments-mx-rapport-daactivites-2009-ville-rap-b755c5"),
    ("r0463", "ville-caraibe", "claim", "Immeuble La Varangue, 36 bd Amilcar Cabral, 9720", "web-vdocuments-mx-rapport-daactivites-2009-ville-rap-b755c5"),
    ("r0464", "ville-caraibe", "claim", "05 96 58 96 28", "web-vdocuments-mx-lettre-lectronique-du-centre-de-re-93254b"),
    ("r0464", "ville-caraibe", "claim", "05 96 68 64 52", "web-vdocuments-mx-lettre-lectronique-du-centre-de-re-93254b"),
    ("r0465", "ville-caraibe", "publication", "Rapport d'activités 2009", "web-vdocuments-mx-rapport-daactivites-2009-ville-rap-b755c5"),
    ("r0466", "ville-caraibe", "publication", "Lettre électronique du Centre de ressources Poli", "web-vdocuments-mx-lettre-lectronique-du-centre-de-re-93254b"),
    ("r0467", "ville-caraibe", "claim", "www.villecaraibe.com", "web-vdocuments-mx-lettre-lectronique-du-centre-de-re-93254b"),
    ("r0468", "ville-caraibe", "claim", "association", "web-doczz-fr-doc-3919196-compte-rendu-atelier-ville-45e034"),
    ("r0469", "ville-caraibe", "position", "Justin Daniel", "web-doczz-fr-doc-3919196-compte-rendu-atelier-ville-45e034"),
    ("r0470", "ville-caraibe", "position", "Mariéle Iphaine", "web-doczz-fr-doc-3919196-compte-rendu-atelier-ville-45e034"),
    ("r0470", "ville-caraibe", "position", "Sonia Mazna", "web-doczz-fr-doc-3919196-compte-rendu-atelier-ville-45e034"),
    ("r0471", "ville-caraibe", "publication", "Contractualisation Politique de la ville en Mart", "web-slideplayer-fr-amp-17481646"),
    ("r0472", "ville-caraibe", "claim", "active", "web-site-web-martinique-com-villecaraibe-2013-05-29-b08efd"),
    ("r0472", "ville-caraibe", "claim", "site-web-martinique.com/villecaraibe", "web-site-web-martinique-com-villecaraibe-2013-05-29-b08efd"),
    ("r0473", "cr-csur", "claim", "Centre de ressources Cohésion Sociale Urbaine", "001_4eccba4200d7201b"),
    ("r0474", "cr-csur", "claim", "CR-CSUR", "001_4eccba4200d7201b"),
    ("r0475", "cr-csur", "coverage", "dep-974", "001_4eccba4200d7201b"),
    ("r0476", "cr-csur", "claim", "eric.boutouyrie@externes.drjscs.gouv.fr", "001_4eccba4200d7201b"),
    ("r0477", "cr-csur", "claim", "02 62 20 55 42 / 02 62 20 55 43", "001_4eccba4200d7201b"),
    ("r0478", "cr-csur", "publication", "Akoz, espace public", "003_bebbd0276ba87a48"),
    ("r0479", "cr-csur", "claim", "Centre de ressources de la cohésion sociale urba", "web-fse-re-grands-publics-organismes-centre-de-resso-2a6ff1"),
    ("r0479", "cr-csur", "coverage", "dep-974", "web-fse-re-grands-publics-organismes-centre-de-resso-2a6ff1"),
    ("r0480", "cr-csur", "claim", "gip", "web-fse-re-grands-publics-organismes-centre-de-resso-2a6ff1"),
    ("r0481", "cr-csur", "claim", "2007-09-24", "web-fse-re-grands-publics-organismes-centre-de-resso-2a6ff1"),
    ("r0482", "cr-csur", "claim", "Durée du GIP prorogée par arrêté préfectoral du ", "web-fse-re-grands-publics-organismes-centre-de-resso-2a6ff1"),
    ("r0482", "cr-csur", "claim", "active", "web-fse-re-grands-publics-organismes-centre-de-resso-2a6ff1"),
    ("r0483", "cr-csur", "funding", "État", "web-fse-re-grands-publics-organismes-centre-de-resso-2a6ff1"),
    ("r0484", "cr-csur", "funding", "ARS Océan Indien (ARS-OI)", "web-fse-re-grands-publics-organismes-centre-de-resso-2a6ff1"),
    ("r0485", "cr-csur", "funding", "CAF", "web-fse-re-grands-publics-organismes-centre-de-resso-2a6ff1"),
    ("r0486", "cr-csur", "funding", "Caisse des Dépôts (CDC)", "web-fse-re-grands-publics-organismes-centre-de-resso-2a6ff1"),
    ("r0487", "cr-csur", "funding", "Université", "web-fse-re-grands-publics-organismes-centre-de-resso-2a6ff1"),
    ("r0488", "cr-csur", "claim", "Mission d'animation de l'Observatoire réunionnai", "web-fse-re-grands-publics-organismes-centre-de-resso-2a6ff1"),
    ("r0489", "cr-csur", "claim", "Centre de ressources de la cohésion sociale et u", "web-fichier-pdf-fr-2017-06-25-synthese-rencontres-pa-d42755"),
    ("r0489", "cr-csur", "coverage", "dep-974", "web-fichier-pdf-fr-2017-06-25-synthese-rencontres-pa-d42755"),
    ("r0490", "cr-csur", "publication", "Synthèse des rencontres sur le Plan pluriannuel ", "web-fichier-pdf-fr-2017-06-25-synthese-rencontres-pa-d42755"),
    ("r0491", "cr-csur", "claim", "The 2012 list of '19 centres en fonctionnement' ", "002_b4e078211863d438"),
    ("r0492", "crpv-guadeloupe", "claim", "in-preparation", "001_4eccba4200d7201b"),
    ("r0493", "crpv-guadeloupe", "claim", "Centre de ressources Politique de la ville en Gu", "001_4eccba4200d7201b"),
    ("r0494", "crpv-guadeloupe", "claim", "Étude d'opportunité d'une fonction ressource rég", "web-vdocuments-fr-tude-daopportunit-daune-fonction-r-c6bd60"),
    ("r0495", "crpv-guadeloupe", "claim", "in-preparation", "web-pdfprof-com-pdfv2-documents1-6029-20-8"),
    ("r0495", "crpv-guadeloupe", "claim", "Étude de préfiguration d'un centre de ressources", "web-pdfprof-com-pdfv2-documents1-6029-20-8"),
    ("r0496", "crpv-guadeloupe", "claim", "Périmètre envisagé : Guadeloupe et Saint-Martin", "web-pdfprof-com-pdfv2-documents1-6029-20-8"),
    ("r0497", "crpv-guadeloupe", "claim", "Absent de la liste ministérielle de mai 2012 des", "002_b4e078211863d438"),
    ("r0498", "network", "claim", "1999", "000_e3de5f98affeb425"),
    ("r0499", "network", "animator", "cr-div", "000_e3de5f98affeb425"),
    ("r0500", "network", "animator", "cr-div", "003_bebbd0276ba87a48"),
    ("r0501", "network", "count", "14", "003_bebbd0276ba87a48"),
    ("r0502", "network", "claim", "1993", "002_b4e078211863d438"),
    ("r0502", "network", "claim", "A partir de 1998, sur les recommandations du Com", "002_b4e078211863d438"),
    ("r0503", "network", "animator", "cr-div", "002_b4e078211863d438"),
    ("r0504", "network", "count", "19", "002_b4e078211863d438"),
    ("r0505", "network", "claim", "environ 80% des territoires en Cucs", "002_b4e078211863d438"),
    ("r0506", "network", "state_funding", "2500000", "002_b4e078211863d438"),
    ("r0507", "network", "claim", "Les centres ont un rayonnement départemental (en", "002_b4e078211863d438"),
    ("r0507", "network", "claim", "Les centres s'appuient sur une structure juridiq", "002_b4e078211863d438"),
    ("r0507", "network", "funder_statement", "gip-centres", "002_b4e078211863d438"),
    ("r0508", "network", "funder_statement", "all-centres", "002_b4e078211863d438"),
    ("r0508", "network", "funder_statement", "some-centres", "002_b4e078211863d438"),
    ("r0509", "network", "animator", "cget", "001_4eccba4200d7201b"),
    ("r0510", "network", "claim", "http://www.scoop.it/t/actu-politiquedelaville", "001_4eccba4200d7201b"),
    ("r0511", "network", "count", "20", "001_4eccba4200d7201b"),
    ("r0512", "network", "count", "20", "web-pqn-a-fr-pays-quartiers-aquitaine-reseau-nationa-9119ca"),
    ("r0513", "network", "claim", "la grande majorité des territoires concernés par", "web-pqn-a-fr-pays-quartiers-aquitaine-reseau-nationa-9119ca"),
    ("r0514", "network", "animator", "cget", "004_9e20a90db88cc1d2"),
    ("r0515", "network", "count", "18", "web-ash-tm-fr-hebdo-3004-cote-cour-un-nouveau-cadre-d89f9f"),
    ("r0516", "network", "count", "18", "web-banquedesterritoires-fr-un-nouveau-cadre-de-refe-fcf250"),
    ("r0517", "network", "count", "18", "web-santeterritoiresnouvelleaquitaine-org-2017-03-28-5e987d"),
    ("r0518", "network", "count", "19", "web-villesaucarre-org-centres-de-ressources-des-faci-8c1531"),
    ("r0519", "network", "claim", "RNCRPV", "web-villesaucarre-org-centres-de-ressources-des-faci-8c1531"),
    ("r0520", "network", "claim", "www.reseau-crpv.fr", "web-villesaucarre-org-centres-de-ressources-des-faci-8c1531"),
    ("r0521", "network", "claim", "www.reseau-crpv.fr", "web-irev-fr-node-233401"),
    ("r0521", "network", "count", "19", "web-irev-fr-node-233401"),
    ("r0522", "network", "claim", "quasi-totalité du territoire national (métropole", "web-irev-fr-node-233401"),
    ("r0523", "network", "event", "Première journée nationale des centres de ressou", "web-dev-villesdefrance-fr-ondes-urbaines-php-o-458-i-68d2f5"),
    ("r0524", "network", "event", "Première journée nationale des centres de ressou", "web-aquitaine-pqa-fr-centres-de-ressources-de-politi-917b1f"),
    ("r0525", "network", "event", "2e rencontre nationale des équipes des centres d", "web-villesaucarre-org-rncrpv-toujours-meilleur-c2-b7-cc1df5"),
    ("r0526", "network", "count", "19", "web-irev-fr-node-233726"),
    ("r0526", "network", "event", "2e rencontre nationale des équipes des centres d", "web-irev-fr-node-233726"),
    ("r0527", "network", "claim", "2017 : 81 ETP, 2 400 actions, 20 000 personnes t", "web-villesaucarre-org-rncrpv-toujours-meilleur-c2-b7-cc1df5"),
    ("r0528", "network", "event", "3e rencontre nationale des équipes des centres d", "web-reseau-crpv-fr-les-crpv-voyagent-a-nantes-pour-2-04dee6"),
    ("r0529", "network", "event", "3e rencontre nationale des équipes des centres d", "web-irev-fr-print-actualites-0-les-centres-de-ressou-6f75a5"),
    ("r0530", "network", "claim", "Bilan d'activité 2018 des centres, le premier à ", "web-reseau-crpv-fr-les-crpv-voyagent-a-nantes-pour-2-04dee6"),
    ("r0531", "network", "publication", "Cosoter", "web-reseau-crpv-fr-les-crpv-voyagent-a-nantes-pour-2-04dee6"),
    ("r0531", "network", "publication", "L'Éco des quartiers", "web-reseau-crpv-fr-les-crpv-voyagent-a-nantes-pour-2-04dee6"),
    ("r0531", "network", "publication", "Paroles d'habitant·es des quartiers populaires", "web-reseau-crpv-fr-les-crpv-voyagent-a-nantes-pour-2-04dee6"),
    ("r0532", "network", "claim", "Bilan annuel 2018 de l'activité des CRPV (CGET),", "web-banquedesterritoires-fr-les-centres-de-ressource-e7cf46"),
    ("r0532", "network", "count", "19", "web-banquedesterritoires-fr-les-centres-de-ressource-e7cf46"),
    ("r0533", "network", "animator", "cget", "web-banquedesterritoires-fr-les-centres-de-ressource-e7cf46"),
    ("r0534", "network", "count", "19", "web-reseau-crpv-fr-6eme-rencontre-nationale-des-cent-24f58e"),
    ("r0534", "network", "event", "6e rencontre nationale des centres de ressources", "web-reseau-crpv-fr-6eme-rencontre-nationale-des-cent-24f58e"),
    ("r0535", "network", "animator", "anct", "web-reseau-crpv-fr-6eme-rencontre-nationale-des-cent-24f58e"),
    ("r0535", "network", "claim", "Agence nationale de la cohésion des territoires ", "web-reseau-crpv-fr-6eme-rencontre-nationale-des-cent-24f58e"),
    ("r0536", "network", "claim", "2020 : près de 2 200 demi-journées d'interventio", "web-reseau-crpv-fr-6eme-rencontre-nationale-des-cent-24f58e"),
    ("r0537", "network", "claim", "Bilan 2020 de l'activité des CRPV (ANCT), bilan ", "web-reseau-crpv-fr-category-non-classe-page-2"),
    ("r0538", "network", "publication", "Quartiers populaires, politique de la ville et C", "web-reseau-crpv-fr-category-non-classe-page-2"),
    ("r0539", "network", "claim", "2021 : 3 123 demi-journées organisées ; éducatio", "web-reseau-crpv-fr-bilan-2021-de-lactivite-des-centr-43f735"),
    ("r0539", "network", "claim", "Bilan 2021 de l'activité des CRPV (ANCT)", "web-reseau-crpv-fr-bilan-2021-de-lactivite-des-centr-43f735"),
    ("r0540", "network", "claim", "Le RNCRPV recrute un·e chargé·e de coordination ", "web-reseau-crpv-fr-bilan-2021-de-lactivite-des-centr-43f735"),
    ("r0541", "network", "count", "19", "web-resovilles-com-les-20-et-21-octobre-2022-se-sont-37d24b"),
    ("r0541", "network", "event", "Rencontre des 19 centres de ressources politique", "web-resovilles-com-les-20-et-21-octobre-2022-se-sont-37d24b"),
    ("r0542", "network", "event", "8e rencontre nationale des centres de ressources", "web-agence-cohesion-territoires-gouv-fr-8e-rencontre-96f190"),
    ("r0543", "network", "count", "20", "web-agence-cohesion-territoires-gouv-fr-8e-rencontre-96f190"),
    ("r0544", "network", "claim", "88% des territoires politique de la ville", "web-agence-cohesion-territoires-gouv-fr-8e-rencontre-96f190"),
    ("r0545", "network", "claim", "CRPV présentés comme structures indépendantes et", "web-agence-cohesion-territoires-gouv-fr-8e-rencontre-96f190"),
    ("r0546", "network", "claim", "agences d'urbanisme", "web-agence-cohesion-territoires-gouv-fr-8e-rencontre-96f190"),
    ("r0546", "network", "claim", "agents des collectivités", "web-agence-cohesion-territoires-gouv-fr-8e-rencontre-96f190"),
    ("r0546", "network", "claim", "chambres consulaires", "web-agence-cohesion-territoires-gouv-fr-8e-rencontre-96f190"),
    ("r0546", "network", "claim", "chefs de projet politique de la ville", "web-agence-cohesion-territoires-gouv-fr-8e-rencontre-96f190"),
    ("r0546", "network", "claim", "conseils citoyens", "web-agence-cohesion-territoires-gouv-fr-8e-rencontre-96f190"),
    ("r0546", "network", "claim", "délégués du préfet et services déconcentrés", "web-agence-cohesion-territoires-gouv-fr-8e-rencontre-96f190"),
    ("r0546", "network", "claim", "organismes HLM", "web-agence-cohesion-territoires-gouv-fr-8e-rencontre-96f190"),
    ("r0546", "network", "claim", "responsables associatifs", "web-agence-cohesion-territoires-gouv-fr-8e-rencontre-96f190"),
    ("r0546", "network", "claim", "universitaires", "web-agence-cohesion-territoires-gouv-fr-8e-rencontre-96f190"),
    ("r0546", "network", "claim", "élus", "web-agence-cohesion-territoires-gouv-fr-8e-rencontre-96f190"),
    ("r0547", "network", "event", "9e regroupement annuel du RNCRPV", "web-reseau-crpv-fr-retour-sur-le-9e-regroupement-nat-20b4f0"),
    ("r0548", "network", "publication", "L'Éco des quartiers", "web-pqn-a-fr-decouvrez-le-1er-numero-de-leco-des-qua-b5d3b4"),
    ("r0549", "network", "publication", "Paroles d'habitant·es des quartiers populaires", "web-centres-sociaux-fr-rapport-paroles-dhabitant-es-964e1b"),
    ("r0550", "network", "publication", "Se sentir en (in)sécurité dans les quartiers pop", "web-ville-et-banlieue-org-ville-banlieue-evenement-p-c9740d"),
    ("r0551", "network", "claim", "2009-05-14", "web-senat-fr-rap-r09-514-r09-5142-html"),
    ("r0551", "network", "claim", "secrétariat général du comité interministériel d", "web-senat-fr-rap-r09-514-r09-5142-html"),
    ("r0552", "network", "animator", "cget", "web-mon-vie-publique-fr-acteurs-commissariat-general-117825"),
    ("r0552", "network", "animator", "cr-div", "web-mon-vie-publique-fr-acteurs-commissariat-general-117825"),
    ("r0552", "network", "claim", "2014-03-31", "web-mon-vie-publique-fr-acteurs-commissariat-general-117825"),
    ("r0552", "network", "claim", "Commissariat général à l'égalité des territoires", "web-mon-vie-publique-fr-acteurs-commissariat-general-117825"),
    ("r0553", "network", "animator", "anct", "web-territorial-zepros-fr-un-d-c3-a9cret-ent-c3-a9ri-ee71a0"),
    ("r0553", "network", "animator", "cget", "web-territorial-zepros-fr-un-d-c3-a9cret-ent-c3-a9ri-ee71a0"),
    ("r0553", "network", "claim", "2019-07-22", "web-territorial-zepros-fr-un-d-c3-a9cret-ent-c3-a9ri-ee71a0"),
    ("r0553", "network", "claim", "2020-01-01", "web-territorial-zepros-fr-un-d-c3-a9cret-ent-c3-a9ri-ee71a0"),
    ("r0553", "network", "claim", "Agence nationale de la cohésion des territoires", "web-territorial-zepros-fr-un-d-c3-a9cret-ent-c3-a9ri-ee71a0"),
    ("r0554", "network", "animator", "anct", "web-reseau-crpv-fr-les-partenaires"),
    ("r0555", "network", "claim", "Étude d'opportunité d'une fonction ressource rég", "web-vdocuments-fr-tude-daopportunit-daune-fonction-r-c6bd60"),
    ("r0556", "network", "claim", "chefs de projet", "003_bebbd0276ba87a48"),
    ("r0556", "network", "claim", "fonctionnaires", "003_bebbd0276ba87a48"),
    ("r0556", "network", "claim", "habitants", "003_bebbd0276ba87a48"),
    ("r0556", "network", "claim", "organismes qui mettent en œuvre la politique de ", "003_bebbd0276ba87a48"),
    ("r0556", "network", "claim", "professionnels du développement social urbain et", "003_bebbd0276ba87a48"),
    ("r0556", "network", "claim", "réseaux associatifs", "003_bebbd0276ba87a48"),
    ("r0556", "network", "claim", "élus", "003_bebbd0276ba87a48"),
    ("r0557", "frameworks/cahier-des-charges-div", "claim", "Délégation interministérielle à la ville (DIV)", "000_e3de5f98affeb425"),
    ("r0557", "frameworks/cahier-des-charges-div", "claim", "capitalisation de fiches d'expériences", "000_e3de5f98affeb425"),
    ("r0557", "frameworks/cahier-des-charges-div", "claim", "cycle de qualification et d'échanges sur les pra", "000_e3de5f98affeb425"),
    ("r0557", "frameworks/cahier-des-charges-div", "claim", "expertise et appui méthodologique aux acteurs", "000_e3de5f98affeb425"),
    ("r0557", "frameworks/cahier-des-charges-div", "claim", "organisation de rencontres et de séminaires thém", "000_e3de5f98affeb425"),
    ("r0557", "frameworks/cahier-des-charges-div", "claim", "publications...", "000_e3de5f98affeb425"),
    ("r0557", "frameworks/cahier-des-charges-div", "claim", "service d'information documentaire", "000_e3de5f98affeb425"),
    ("r0558", "frameworks/cadre-de-reference-2011", "claim", "2010-11", "002_b4e078211863d438"),
    ("r0559", "frameworks/cadre-de-reference-2011", "claim", "2011-02-18", "002_b4e078211863d438"),
    ("r0560", "frameworks/cadre-de-reference-2011", "claim", "conforter le positionnement partenarial de ces s", "002_b4e078211863d438"),
    ("r0560", "frameworks/cadre-de-reference-2011", "claim", "en améliorer le fonctionnement là où cela se rév", "002_b4e078211863d438"),
    ("r0560", "frameworks/cadre-de-reference-2011", "claim", "les attentes de l'État à leur égard", "002_b4e078211863d438"),
    ("r0560", "frameworks/cadre-de-reference-2011", "claim", "les modalités de gouvernance et de financement d", "002_b4e078211863d438"),
    ("r0560", "frameworks/cadre-de-reference-2011", "claim", "précise les conditions d'exercice de ces mission", "002_b4e078211863d438"),
    ("r0560", "frameworks/cadre-de-reference-2011", "claim", "rappelle les missions spécifiques des centres de", "002_b4e078211863d438"),
    ("r0560", "frameworks/cadre-de-reference-2011", "claim", "sécuriser leur devenir et leur financement", "002_b4e078211863d438"),
    ("r0561", "frameworks/cadre-de-reference-2011", "claim", "2011", "web-reseau-crpv-fr-les-partenaires"),
    ("r0561", "frameworks/cadre-de-reference-notre", "claim", "Rédigé à la faveur de la loi NOTRe ; le précéden", "web-reseau-crpv-fr-les-partenaires"),
    ("r0562", "frameworks/cadre-de-reference-notre", "claim", "2017-03-16", "web-cget-gouv-fr-print-4410"),
    ("r0562", "frameworks/charte-partenariale", "claim", "2017-03-16", "web-cget-gouv-fr-print-4410"),
    ("r0562", "network", "event", "Première journée nationale des centres de ressou", "web-cget-gouv-fr-print-4410"),
    ("r0563", "frameworks/cadre-de-reference-notre", "claim", "2017-03-16", "web-ash-tm-fr-hebdo-3004-cote-cour-un-nouveau-cadre-d89f9f"),
    ("r0563", "frameworks/cadre-de-reference-notre", "claim", "CGET", "web-ash-tm-fr-hebdo-3004-cote-cour-un-nouveau-cadre-d89f9f"),
    ("r0564", "frameworks/cadre-de-reference-notre", "claim", "2017-03", "web-pdfslide-fr-documents-le-nouveau-cadre-de-rfrenc-95b49b"),
    ("r0564", "frameworks/cadre-de-reference-notre", "claim", "Le nouveau cadre de référence des centres de res", "web-pdfslide-fr-documents-le-nouveau-cadre-de-rfrenc-95b49b"),
    ("r0564", "frameworks/charte-partenariale", "claim", "Charte partenariale pour les centres de ressourc", "web-pdfslide-fr-documents-le-nouveau-cadre-de-rfrenc-95b49b"),
    ("r0565", "frameworks/charte-partenariale", "claim", "CRPV existant depuis plus de 20 ans", "web-pdfslide-fr-documents-le-nouveau-cadre-de-rfrenc-95b49b"),
    ("r0565", "frameworks/charte-partenariale", "claim", "contexte: loi du 21 février 2014, réforme territ", "web-pdfslide-fr-documents-le-nouveau-cadre-de-rfrenc-95b49b"),
    ("r0565", "frameworks/charte-partenariale", "claim", "issus d'initiatives territoriales", "web-pdfslide-fr-documents-le-nouveau-cadre-de-rfrenc-95b49b"),
    ("r0565", "frameworks/charte-partenariale", "claim", "labellisés par l'État", "web-pdfslide-fr-documents-le-nouveau-cadre-de-rfrenc-95b49b"),
    ("r0566", "frameworks/cadre-de-reference-notre", "claim", "annexe technique sur la collaboration CRPV–ANRU", "web-ash-tm-fr-hebdo-3004-cote-cour-un-nouveau-cadre-d89f9f"),
    ("r0566", "frameworks/cadre-de-reference-notre", "claim", "cadre de référence technique pour l'État", "web-ash-tm-fr-hebdo-3004-cote-cour-un-nouveau-cadre-d89f9f"),
    ("r0566", "frameworks/cadre-de-reference-notre", "claim", "charte partenariale cosignée par le ministre de ", "web-ash-tm-fr-hebdo-3004-cote-cour-un-nouveau-cadre-d89f9f"),
    ("r0567", "frameworks/cadre-de-reference-notre", "claim", "annexes avec partenaires et opérateurs, à ce jou", "web-irev-fr-node-203305"),
    ("r0568", "frameworks/charte-partenariale", "signatory", "ADF", "web-cget-gouv-fr-print-4410"),
    ("r0568", "frameworks/charte-partenariale", "signatory", "AMF", "web-cget-gouv-fr-print-4410"),
    ("r0568", "frameworks/charte-partenariale", "signatory", "AMGVF", "web-cget-gouv-fr-print-4410"),
    ("r0568", "frameworks/charte-partenariale", "signatory", "ARF", "web-cget-gouv-fr-print-4410"),
    ("r0568", "frameworks/charte-partenariale", "signatory", "AdCF", "web-cget-gouv-fr-print-4410"),
    ("r0568", "frameworks/charte-partenariale", "signatory", "Patrick Kanner", "web-cget-gouv-fr-print-4410"),
    ("r0568", "frameworks/charte-partenariale", "signatory", "Ville et Banlieue", "web-cget-gouv-fr-print-4410"),
    ("r0568", "frameworks/charte-partenariale", "signatory", "Villes de France", "web-cget-gouv-fr-print-4410"),
    ("r0569", "frameworks/charte-partenariale", "signatory", "ADF", "web-banquedesterritoires-fr-un-nouveau-cadre-de-refe-fcf250"),
    ("r0569", "frameworks/charte-partenariale", "signatory", "AMF", "web-banquedesterritoires-fr-un-nouveau-cadre-de-refe-fcf250"),
    ("r0569", "frameworks/charte-partenariale", "signatory", "AMGVF", "web-banquedesterritoires-fr-un-nouveau-cadre-de-refe-fcf250"),
    ("r0569", "frameworks/charte-partenariale", "signatory", "ARF", "web-banquedesterritoires-fr-un-nouveau-cadre-de-refe-fcf250"),
    ("r0569", "frameworks/charte-partenariale", "signatory", "AdCF", "web-banquedesterritoires-fr-un-nouveau-cadre-de-refe-fcf250"),
    ("r0569", "frameworks/charte-partenariale", "signatory", "Ville et Banlieue", "web-banquedesterritoires-fr-un-nouveau-cadre-de-refe-fcf250"),
    ("r0569", "frameworks/charte-partenariale", "signatory", "Villes de France", "web-banquedesterritoires-fr-un-nouveau-cadre-de-refe-fcf250"),
    ("r0570", "frameworks/charte-partenariale", "claim", "AMGVF devenue France urbaine ; ARF / Régions de ", "web-irev-fr-node-203305"),
    ("r0571", "frameworks/charte-partenariale", "claim", "définir les principes directeurs de la gouvernan", "web-ash-tm-fr-hebdo-3004-cote-cour-un-nouveau-cadre-d89f9f"),
    ("r0571", "frameworks/charte-partenariale", "claim", "formaliser une vision partagée par les CRPV, acc", "web-ash-tm-fr-hebdo-3004-cote-cour-un-nouveau-cadre-d89f9f"),
    ("r0571", "frameworks/charte-partenariale", "claim", "identifier les grands engagements des signataire", "web-ash-tm-fr-hebdo-3004-cote-cour-un-nouveau-cadre-d89f9f"),
    ("r0571", "frameworks/charte-partenariale", "claim", "poser les grands axes de leurs missions priorita", "web-ash-tm-fr-hebdo-3004-cote-cour-un-nouveau-cadre-d89f9f"),
    ("r0572", "frameworks/charte-partenariale", "claim", "missions prioritaires réparties entre missions «", "web-ash-tm-fr-hebdo-3004-cote-cour-un-nouveau-cadre-d89f9f"),
    ("r0573", "frameworks/cadre-de-reference-notre", "claim", "qualifier les professionnels de la politique de ", "web-banquedesterritoires-fr-un-nouveau-cadre-de-refe-fcf250"),
    ("r0574", "frameworks/charte-partenariale", "claim", "les associations d'élus reconnaissent l'expertis", "web-santeterritoiresnouvelleaquitaine-org-2017-03-28-5e987d"),
    ("r0575", "frameworks/cadre-de-reference-notre", "claim", "CRPV agréés au niveau national ; gouvernance et ", "web-banquedesterritoires-fr-un-nouveau-cadre-de-refe-fcf250"),
    ("r0576", "frameworks/cadre-de-reference-notre", "claim", "centres de ressources", "web-cget-gouv-fr-print-4410"),
    ("r0576", "frameworks/cadre-de-reference-notre", "claim", "échelons déconcentrés de l'État", "web-cget-gouv-fr-print-4410"),
    ("r0577", "frameworks/cadre-de-reference-notre", "claim", "annexe spécifique aux centres ultramarins", "web-reseau-crpv-fr-les-partenaires"),
    ("r0577", "frameworks/cadre-de-reference-notre", "claim", "appui sur un groupe partenarial État / associati", "web-reseau-crpv-fr-les-partenaires"),
    ("r0577", "frameworks/cadre-de-reference-notre", "claim", "harmonise les missions avec marges d'adaptation ", "web-reseau-crpv-fr-les-partenaires"),
    ("r0577", "frameworks/cadre-de-reference-notre", "claim", "rédigé à la faveur de la loi NOTRe", "web-reseau-crpv-fr-les-partenaires"),
    ("r0578", "frameworks/cadre-de-reference-notre", "claim", "2015", "web-dev-villesdefrance-fr-ondes-urbaines-php-o-458-i-68d2f5"),
    ("r0579", "frameworks/cadre-de-reference-notre", "claim", "Contexte : loi Lamy (21 février 2014), loi du 16", "web-dev-villesdefrance-fr-ondes-urbaines-php-o-458-i-68d2f5"),
    ("r0580", "frameworks/cadre-de-reference-notre", "claim", "le CGET réunit une fois par an équipes et présid", "web-villesaucarre-org-rncrpv-toujours-meilleur-c2-b7-cc1df5"),
    ("r0581", "frameworks/cadre-de-reference-notre", "claim", "Cadre de référence « établi avec l'ANCT » invoqu", "web-irev-fr-actualites-0-lassemblee-generale-de-lire-ad16cb"),
    ("r0582", "frameworks/cadre-de-reference-notre", "claim", "Label : les CRPV sont présentés comme « labellis", "web-agence-cohesion-territoires-gouv-fr-8e-rencontre-96f190"),
    ("r0583", "question-de-ville", "claim", "2008", "000_e3de5f98affeb425"),
    ("r0584", "question-de-ville", "claim", "2008", "001_4eccba4200d7201b"),
    ("r0584", "question-de-ville", "claim", "participe aux débats nationaux sur la politique ", "001_4eccba4200d7201b"),
    ("r0585", "question-de-ville", "claim", "association", "000_e3de5f98affeb425"),
    ("r0586", "question-de-ville", "claim", "Question de Ville (Saint-Denis)", "web-cs-iut-univ-tours-fr-index-php-lvl-author-see-id-c3c033"),
    ("r0586", "question-de-ville", "claim", "Question de ville : association des directeurs.t", "web-cs-iut-univ-tours-fr-index-php-lvl-author-see-id-c3c033"),
    ("r0587", "question-de-ville", "claim", "Saint-Denis", "web-cs-iut-univ-tours-fr-index-php-lvl-author-see-id-c3c033"),
    ("r0588", "question-de-ville", "claim", "Être un espace d'élaboration, de mutualisation e", "000_e3de5f98affeb425"),
    ("r0588", "question-de-ville", "claim", "Être un espace de construction de propositions p", "000_e3de5f98affeb425"),
    ("r0588", "question-de-ville", "claim", "Être un lieu de réflexion et d'échanges sur les ", "000_e3de5f98affeb425"),
    ("r0589", "question-de-ville", "claim", "qu'il est de leur responsabilité de la faire ent", "000_e3de5f98affeb425"),
    ("r0589", "question-de-ville", "claim", "qu'ils ont une parole spécifique qui repose sur ", "000_e3de5f98affeb425"),
    ("r0590", "question-de-ville", "board", "Conseil d'administration fondateur", "000_e3de5f98affeb425"),
    ("r0591", "question-de-ville", "board", "Conseil d'administration 2010", "000_e3de5f98affeb425"),
    ("r0592", "question-de-ville", "board", "Conseil d'administration 2010", "000_e3de5f98affeb425"),
    ("r0593", "question-de-ville", "contribution", "Avis sur le livre vert", "000_e3de5f98affeb425"),
    ("r0594", "question-de-ville", "contribution", "Avis sur les 50 expérimentations sur les CUCS", "000_e3de5f98affeb425"),
    ("r0595", "question-de-ville", "claim", "Coordination des 19 centres pour la réalisation ", "web-villesaucarre-org-centres-de-ressources-des-faci-8c1531"),
    ("r0596", "question-de-ville", "claim", "Co-organisation avec le CGET de la 2e rencontre ", "web-villesaucarre-org-rncrpv-toujours-meilleur-c2-b7-cc1df5"),
    ("r0597", "question-de-ville", "claim", "Préparation du regroupement annuel de juin des C", "web-irev-fr-node-233726"),
    ("r0598", "question-de-ville", "contribution", "« On voudrait entendre crier toutes les voix de ", "web-reseau-crpv-fr-pmb-publication-pmb-p-12034"),
    ("r0599", "question-de-ville", "contribution", "Paroles et parcours d'habitants – Tisser la conf", "web-centres-sociaux-21-fr-fede21-breves-03-rapport-b-1b09c8"),
    ("r0599", "question-de-ville", "contribution", "« Ils ne savent pas ce qu'on pense… »", "web-centres-sociaux-21-fr-fede21-breves-03-rapport-b-1b09c8"),
    ("r0599", "question-de-ville", "contribution", "« On voudrait entendre crier toutes les voix de ", "web-centres-sociaux-21-fr-fede21-breves-03-rapport-b-1b09c8"),
    ("r0600", "question-de-ville", "contribution", "« Ils ne savent pas ce qu'on pense… »", "web-lepoleressources-fr-ils-ne-savent-pas-ce-quon-pe-8eae88"),
    ("r0601", "question-de-ville", "contribution", "Paroles d'habitants de quartiers : enquête auprè", "web-ash-tm-fr-hebdo-2887-cote-terrain-en-bref-plus-d-298a02"),
    ("r0602", "question-de-ville", "contribution", "Paroles et parcours d'habitants – Tisser la conf", "web-ash-tm-fr-hebdo-2996-cote-terrain-politique-de-l-21e0a7"),
    ("r0603", "question-de-ville", "contribution", "« Il y a eu une cassure quelque part… » Et maint", "web-centres-sociaux-21-fr-fede21-newsletter-2019-01-78cbb7"),
    ("r0604", "question-de-ville", "contribution", "Des habitant.e.s comme les autres ?", "web-centres-sociaux-fr-retour-sur-la-journee-rapport-5703bf"),
    ("r0605", "question-de-ville", "claim", "À partir de la 6e édition (27 septembre 2023), l", "web-lagazettedescommunes-com-888076-mieux-voir-et-en-90e381"),
    ("r0606", "profession-banlieue", "position", "Bénédicte Madelin", "web-comitehistoirepolville-fr-article-benedicte-made-2bf49d"),
    ("r0607", "profession-banlieue", "position", "Bénédicte Madelin", "web-seine-saint-denis-fr-benedicte-madelin-21-ans-d-5a6290"),
    ("r0608", "villes-au-carre", "position", "Cécile Dublanche", "web-villesaucarre-org-15-ans-et-apres"),
)
# fmt: on

NOT_ENCODED: dict[str, str] = {
    "r0094": "ressources-urbaines: context only; no source makes Ressources Urbaines a CRPV or the Essonne centre's successor (README: not verified)",
    "r0095": "ressources-urbaines: context only; no source makes Ressources Urbaines a CRPV or the Essonne centre's successor (README: not verified)",
    "r0096": "ressources-urbaines: context only; no source makes Ressources Urbaines a CRPV or the Essonne centre's successor (README: not verified)",
    "r0097": "labo-cites: context only; no source makes Labo Cités a CRPV or CR-DSU's new name (README: not verified)",
    "r0285": "Christine Roman directing 'a centre de ressources sur le développement territorial en Aquitaine': the centre is not named (README: 'Christine Roman directing PQA' is not verified)",
    "r0402": "corse-politique-de-la-ville: context only; no source says a centre covers Corsica",
    "r0403": "corse-politique-de-la-ville: context only; no source says a centre covers Corsica",
    "r0404": "corse-politique-de-la-ville: context only; no source says a centre covers Corsica",
    "r0609": "Christine Roman directing an Aquitaine centre (Question de Ville link): the page does not name the centre (README: 'Christine Roman directing PQA' is not verified)",
    "r0610": "Dominique Michel as a member of CRPV Paca linked to Question de Ville: the page lists him on an editorial committee with '(CRPV Paca)' and never mentions Question de Ville (audit); his role is not encoded (the editorial-committee mention is r0391)",
}

# by_territory(department, on=2012) and (..., on=2017) before the research: centre -> department codes.
SEED_ERA_2012: dict[str, tuple[str, ...]] = {
    "cdr-mayotte": ("976",),
    "cr-dsu": ("01", "07", "26", "38", "42", "69", "73", "74"),
    "crpv-guyane": ("973",),
    "crpv-lorraine": ("54", "55", "57", "88"),
    "crpv-paca": ("04", "05", "06", "13", "83", "84"),
    "crpve": ("91",),
    "espace-picard-integration": ("02", "60", "80"),
    "irev": ("59", "62"),
    "oriv": ("67", "68"),
    "pole-ressources-95": ("95",),
    "pole-ressources-paris": ("75",),
    "pqn-a": ("24", "33", "40", "47", "64"),
    "profession-banlieue": ("93",),
    "reso-villes": ("22", "29", "35", "44", "49", "53", "56", "72", "85"),
    "ressources-territoires": ("09", "12", "31", "32", "46", "65", "81", "82"),
    "trajectoire-ressources": ("21", "25", "39", "58", "70", "71", "89", "90"),
    "ville-caraibe": ("972",),
    "villes-au-carre": ("16", "17", "18", "28", "36", "37", "41", "45", "79", "86"),
}
SEED_ERA_2017: dict[str, tuple[str, ...]] = {
    "cdr-mayotte": ("976",),
    "cr-csur": ("974",),
    "cr-dsu": ("01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"),
    "crpv-guyane": ("973",),
    "crpv-paca": ("04", "05", "06", "13", "83", "84"),
    "crpve": ("91",),
    "irev": ("02", "59", "60", "62", "80"),
    "normanvilles": ("14", "27", "50", "61", "76"),
    "oriv": ("08", "10", "51", "52", "54", "55", "57", "67", "68", "88"),
    "pole-ressources-95": ("95",),
    "pole-ressources-paris": ("75",),
    "pqn-a": ("16", "17", "19", "23", "24", "33", "40", "47", "64", "79", "86", "87"),
    "profession-banlieue": ("93",),
    "reso-villes": ("22", "29", "35", "44", "49", "53", "56", "72", "85"),
    "ressources-territoires": ("09", "12", "31", "32", "46", "65", "81", "82"),
    "trajectoire-ressources": ("21", "25", "39", "58", "70", "71", "89", "90"),
    "ville-caraibe": ("972",),
    "villes-au-carre": ("18", "28", "36", "37", "41", "45"),
    "villes-territoires-lr": ("11", "30", "34", "48", "66"),
}
# The 2012 answers a research source explicitly contradicts (each explained in the coverage note).
CHANGED_2012 = {
    "974": ("cr-csur",),  # a GIP since 24 September 2007 (fse.re), prorogated on 23 August 2012
    "11": ("villes-territoires-lr",),  # created in 2012 as Languedoc-Roussillon's centre (its history page)
    "30": ("villes-territoires-lr",),
    "34": ("villes-territoires-lr",),
    "48": ("villes-territoires-lr",),
    "66": ("villes-territoires-lr",),
}

KINDS = {
    Claim: "claim",
    Coverage: "coverage",
    Funding: "funding",
    Position: "position",
    Publication: "publication",
    Event: "event",
    CentreCount: "count",
    Animator: "animator",
    Board: "board",
    Contribution: "contribution",
    Signatory: "signatory",
    StateFunding: "state_funding",
    FunderStatement: "funder_statement",
    MissionStatement: "mission_statement",
}


def _label(record: Any) -> str:
    if isinstance(record, Claim):
        value = record.value
    elif isinstance(record, Coverage):
        value = record.territory
    elif isinstance(record, Funding):
        value = record.body
    elif isinstance(record, Position):
        value = record.person
    elif isinstance(record, (Publication, Event, Contribution)):
        value = record.title
    elif isinstance(record, CentreCount):
        value = record.count
    elif isinstance(record, Animator):
        value = record.body
    elif isinstance(record, Board):
        value = record.label
    elif isinstance(record, Signatory):
        value = record.organisation or record.name
    elif isinstance(record, StateFunding):
        value = record.amount_eur
    elif isinstance(record, FunderStatement):
        value = record.scope
    elif isinstance(record, MissionStatement):
        value = record.text
    else:  # pragma: no cover - a new record kind with facts
        raise AssertionError(type(record))
    if isinstance(value, Vocabulary):
        return str(value.value)
    return str(value)


def _walk(value: Any) -> Iterator[Any]:
    if attrs.has(type(value)):
        yield value
        for field in attrs.fields(type(value)):
            yield from _walk(getattr(value, field.name))
    elif isinstance(value, tuple):
        for item in value:
            yield from _walk(item)


def _roots() -> Iterator[tuple[str, Any]]:
    data = pv.load()
    for centre in data.centres():
        yield centre.id, centre
    yield "network", data.network()
    yield "question-de-ville", data.question_de_ville()
    for framework in data.frameworks():
        yield f"frameworks/{framework.id}", framework


Encoded = dict[str, list[tuple[str, str, str, tuple[str, ...], Any]]]


@pytest.fixture(scope="module")
def encoded() -> Encoded:
    """Every record carrying research facts: fact -> [(where, kind, value, sources, record)]."""
    found: Encoded = defaultdict(list)
    for where, root in _roots():
        for record in _walk(root):
            for fact in getattr(record, "facts", ()):
                found[fact].append((where, KINDS[type(record)], _label(record), record.sources, record))
    return found


# -- every research fact against its source -------------------------------------------------------


def test_every_encoded_fact_is_in_the_data_against_its_source(encoded: Encoded) -> None:
    missing = [
        row
        for row in FACT_TABLE
        if not any(
            where == row[1] and kind == row[2] and value.startswith(row[3]) and row[4] in sources
            for where, kind, value, sources, _ in encoded.get(row[0], ())
        )
    ]
    assert not missing, f"{len(missing)} encoded facts are gone or lost their source, e.g. {missing[:5]}"


def test_the_data_cites_no_fact_the_table_does_not_know(encoded: Encoded) -> None:
    known = {(row[0], row[1], row[2]) for row in FACT_TABLE}
    extra = sorted(
        (fact, where, kind)
        for fact, places in encoded.items()
        for where, kind, *_ in places
        if (fact, where, kind) not in known
    )
    assert not extra, extra[:10]
    assert all(re.fullmatch(r"r\d{4}", fact) for fact in encoded)


def test_every_research_fact_is_encoded_or_explained() -> None:
    facts = {row[0] for row in FACT_TABLE} | set(NOT_ENCODED)
    assert facts == {f"r{i:04d}" for i in range(1, 611)}
    assert not {row[0] for row in FACT_TABLE} & set(NOT_ENCODED)


def test_facts_not_encoded_are_absent(encoded: Encoded) -> None:
    assert not set(NOT_ENCODED) & set(encoded)


def test_research_sources_are_web_pages_with_stable_ids() -> None:
    sources = {s.id: s for s in pv.sources()}
    cited = {row[4] for row in FACT_TABLE}
    for source_id in cited:
        source = sources[source_id]
        if source_id.startswith("web-"):
            assert re.fullmatch(r"web-[a-z0-9-]+", source_id)
            assert source.kind is pv.SourceKind.WEB_PAGE
            assert source.url and source.url.startswith("http") and source.title
            assert source.accessed is None
        else:
            assert source.kind is pv.SourceKind.SEED
    web = {s.id for s in sources.values() if s.kind is pv.SourceKind.WEB_PAGE}
    assert web <= cited, f"web sources no record cites: {sorted(web - cited)[:5]}"


def test_every_web_source_is_cited_somewhere() -> None:
    cited: set[str] = set()
    for _, root in _roots():
        for record in _walk(root):
            cited.update(getattr(record, "sources", ()) or ())
    web = {s.id for s in pv.sources() if s.kind is pv.SourceKind.WEB_PAGE}
    assert web <= cited


# -- the audit's "partly supported" facts --------------------------------------------------------


def _kinds(encoded: Encoded, fact: str) -> set[str]:
    return {kind for _, kind, *_ in encoded.get(fact, ())}


def test_audit_fixes(encoded: Encoded) -> None:
    # r0093 and the same dissertation's r0059/r0070/r0085: no present 'actif' -> notes, never a status.
    for fact in ("r0093", "r0059", "r0070", "r0085"):
        assert all(record not in pv.centre(where).statuses for where, *_, record in encoded[fact])
    # r0425: funding by the collectivités only implied -> no funder record.
    assert _kinds(encoded, "r0425") == {"claim"}
    # r0459: 'entreprise associative d'utilité sociale' is a description, not a legal form.
    assert all(record not in pv.centre("ville-caraibe").legal_forms for *_, record in encoded["r0459"])
    assert pv.centre("ville-caraibe").legal_form is pv.LegalForm.ASSOCIATION
    # r0292: an 'engagement' of the State is not funding.
    assert _kinds(encoded, "r0292") == {"claim"}
    # r0163: the year 2024 is inferred -> the GIP members carry no date.
    assert all(record.as_of is None for *_, record in encoded["r0163"])
    # r0538: neither 'annual' nor 2020 is supported.
    (record,) = [record for *_, record in encoded["r0538"]]
    assert record.as_of is None and record.frequency is None
    # r0608: the director part holds; no Question de Ville link is claimed from that page.
    assert _kinds(encoded, "r0608") == {"position"}
    # r0610: Dominique Michel's role is not stated anywhere.
    assert "r0610" in NOT_ENCODED
    assert not any(p.person == "Dominique Michel" for c in pv.centres() for p in c.people)


def test_inferred_dates_are_not_claimed_as_dates(encoded: Encoded) -> None:
    # The CRPV Paca interview is undated (it refers to 20 June 2019): its claims carry no as_of.
    for fact in ("r0382", "r0383", "r0385", "r0386", "r0390", "r0398"):
        assert all(getattr(record, "as_of", None) is None for *_, record in encoded[fact])
    source = pv.source(encoded["r0383"][0][3][0])
    assert source.date is None and source.estimated is not None
    assert str(source.estimated.not_before) == "2019-06-20"
    # The Nantes meeting pages do not print the year.
    for fact in ("r0207", "r0209", "r0530"):
        assert all(getattr(record, "as_of", None) is None for *_, record in encoded[fact])


def test_research_statuses_are_dated() -> None:
    for centre in pv.centres():
        for claim in centre.statuses:
            if any(source.startswith("web-") for source in claim.sources):
                assert claim.as_of is not None or (claim.period is not None and claim.period.start is not None), (
                    centre.id,
                    claim,
                )


def _latest(centre: pv.Centre) -> pv.Status | None:
    def when(claim: Claim[pv.Status]) -> PartialDate | None:
        if claim.as_of is not None:
            return claim.as_of
        if claim.period is not None and claim.period.start is not None:
            return claim.period.start
        spans = [pv.source(s).when for s in claim.sources]
        ends = [bound for span in spans if span is not None for bound in (span.end or span.start,) if bound is not None]
        return max(ends, key=lambda d: d.latest()) if ends else None

    dated = [(date, c) for c in centre.statuses for date in (when(c),) if date is not None]
    return max(dated, key=lambda pair: pair[0].latest())[1].value if dated else None


@pytest.mark.parametrize("centre", [c.id for c in pv.centres()])
def test_preferred_status_is_the_latest_dated_one(centre: str) -> None:
    record = pv.centre(centre)
    assert record.status is _latest(record)


# -- conflicts stay visible ----------------------------------------------------------------------------


def _years(claims: tuple[Claim[PartialDate], ...]) -> dict[int, set[str]]:
    found: dict[int, set[str]] = defaultdict(set)
    for claim in claims:
        found[claim.value.year] |= set(claim.sources)
    return found


def test_cr_dsu_1993_against_1994() -> None:
    centre = pv.centre("CR-DSU")
    years = _years(centre.foundings)
    assert centre.founded == 1993 and S002 in years[1993] and S002 in years[1994]


def test_ressources_territoires_december_2000_against_2001() -> None:
    centre = pv.centre("Ressources & Territoires")
    assert centre.founded == 2000
    assert "2000-12-10" in {str(c.value) for c in centre.foundings}
    assert S002 in _years(centre.foundings)[2001]
    preferred = [c for c in centre.foundings if str(c.value) == "2000-12-10"]
    assert preferred[0].note and "Preferred" in preferred[0].note and len(preferred[0].sources) == 2


def test_trajectoire_ressources_2006_2008_against_2010() -> None:
    centre = pv.centre("Trajectoire Ressources")
    assert centre.founded == 2006
    assert {2006, 2010} <= set(_years(centre.foundings))
    assert any("2008" in n.value for n in centre.notes)
    assert {str(c.period.start) for c in centre.coverage if c.territory in ("reg-26", "reg-43")} == {"2008"}


def test_lorraine_2010_against_2011() -> None:
    centre = pv.centre("crpv-lorraine")
    assert centre.founded == 2011
    assert {2010, 2011} <= set(_years(centre.foundings))
    (coverage,) = centre.coverage
    assert str(coverage.period.start) == "2010" and "2011" in (coverage.basis or "")


def test_ville_caraibe_against_ville_caraibes() -> None:
    centre = pv.centre("Ville Caraïbes")
    assert centre.id == "ville-caraibe" and centre.name == "Ville Caraïbe"
    assert {"Ville Caraïbe", "Ville Caraïbes"} <= {c.value for c in centre.names}
    assert any(c.note and "Preferred" in c.note for c in centre.names if c.value == "Ville Caraïbe")


def test_cadre_de_reference_2010_against_2011() -> None:
    cadre = {f.id: f for f in pv.frameworks()}["cadre-de-reference-2011"]
    dates = {str(c.value) for c in cadre.dates}
    assert {"2010-11", "2011-02-18", "2011"} <= dates and str(cadre.date) == "2010-11"
    assert len({s for c in cadre.dates if str(c.value) == "2011" for s in c.sources}) >= 2


def test_paca_website_spellings() -> None:
    centre = pv.centre("CRPV-PACA")
    sites = {c.value for c in centre.websites}
    assert {"www.crvp-paca.org", "www.crpv-paca.org", "cite-ressources.org"} <= sites
    assert centre.website == "cite-ressources.org"
    misprint = [c for c in centre.websites if c.value == "www.crvp-paca.org"]
    assert misprint[0].sources == (S001,) and "crvp" in (misprint[0].note or "")


def test_centre_counts_by_date() -> None:
    counts = {(c.count, str(c.as_of) if c.as_of else None) for c in pv.network().centre_counts}
    assert {
        (14, None),
        (19, "2012-05-31"),
        (18, "2017-03-16"),
        (19, "2017-09"),
        (19, "2018"),
        (19, "2021-10"),
        (19, "2022-10"),
    } <= counts
    assert sum(1 for c in pv.network().centre_counts if c.count == 20) >= 3


# -- seed-era answers unchanged ---------------------------------------------------------------------


def _answers(year: int) -> dict[str, tuple[str, ...]]:
    data = pv.load()
    return {
        t.code: tuple(c.id for c in data.by_territory(t, on=year))
        for t in data.territories()
        if t.kind is pv.TerritoryKind.DEPARTMENT
    }


def _expected(table: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    expected: dict[str, list[str]] = defaultdict(list)
    for centre, codes in table.items():
        for code in codes:
            expected[code].append(centre)
    return {code: tuple(sorted(ids)) for code, ids in expected.items()}


def test_2012_answers_are_the_seed_era_ones_but_the_explained_changes() -> None:
    answers = _answers(2012)
    expected = _expected(SEED_ERA_2012) | CHANGED_2012
    assert {code: ids for code, ids in answers.items() if ids} == expected
    for code in CHANGED_2012:
        (match,) = pv.covering(code, on=2012)
        assert match.coverage.note and "seed-era answer for 2012" in match.coverage.note


def test_2017_answers_are_the_seed_era_ones() -> None:
    answers = _answers(2017)
    assert {code: ids for code, ids in answers.items() if ids} == _expected(SEED_ERA_2017)


@pytest.mark.parametrize(
    ("department", "on", "expected"),
    [
        ("86", 2012, ("villes-au-carre",)),
        ("86", 2017, ("pqn-a",)),
        ("80", 2012, ("espace-picard-integration",)),
        ("80", 2018, ("irev",)),
        ("Vienne", 2012, ("villes-au-carre",)),
        ("Vienne", 2017, ("pqn-a",)),
        ("57", 2012, ("crpv-lorraine",)),
        ("57", 2017, ("oriv",)),
        ("63", 2012, ()),
        ("63", 2017, ("cr-dsu",)),
    ],
)
def test_seed_era_examples(department: str, on: int, expected: tuple[str, ...]) -> None:
    assert tuple(c.id for c in pv.by_territory(department, on=on)) == expected


# -- today's answers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("department", "on", "expected"),
    [
        ("34", 2019, ("villes-territoires-lr",)),
        ("30", 2019, ("villes-territoires-lr",)),
        ("11", None, ("villes-territoires-lr",)),
        ("48", None, ("villes-territoires-lr",)),
        ("31", 2019, ("ressources-territoires",)),
        ("09", None, ("ressources-territoires",)),
        ("13", None, ("crpv-paca",)),
        ("86", None, ("pqn-a",)),
        ("87", 2019, ("pqn-a",)),
        ("59", 2023, ("irev",)),
        ("57", None, ("oriv",)),
        ("45", None, ("villes-au-carre",)),
        ("974", None, ("cr-csur",)),
        ("976", 2019, ("cdr-mayotte", "gip-maore-ouvoimoja")),
        ("976", 2018, ("cdr-mayotte",)),
        ("971", None, ()),
        ("2A", None, ()),
        ("2B", 2019, ()),
    ],
)
def test_todays_answers(department: str, on: int | None, expected: tuple[str, ...]) -> None:
    assert tuple(c.id for c in pv.by_territory(department, on=on)) == expected


def test_occitanie_is_split_between_two_centres() -> None:
    assert {c.id for c in pv.by_territory("Occitanie")} == {"ressources-territoires", "villes-territoires-lr"}
    east = {m.centre.id: m.certainty for m in pv.covering("34", on=2019)}
    assert east == {"villes-territoires-lr": pv.Certainty.ATTESTED}


def test_attestations_reach_the_present() -> None:
    assert pv.covering("59", on=2023)[0].certainty is pv.Certainty.ATTESTED
    assert pv.covering("67", on=2024)[0].certainty is pv.Certainty.ATTESTED
    assert pv.covering("35", on=2025)[0].certainty is pv.Certainty.ATTESTED
    assert pv.covering("33", on="2021-01")[0].certainty is pv.Certainty.ATTESTED


# -- names through time -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "centre", "today", "past"),
    [
        ("CRPV-PACA", "crpv-paca", "Cité Ressources", {2010: "CRPV-PACA"}),
        ("Cité Ressources", "crpv-paca", "Cité Ressources", {}),
        (
            "Villes et Territoires LR",
            "villes-territoires-lr",
            "Villes et Territoires Occitanie",
            {2015: "Villes et Territoires LR", 2020: "Villes et Territoires Occitanie"},
        ),
        (
            "Pays et Quartiers d'Aquitaine",
            "pqn-a",
            "Pays et Quartiers de Nouvelle-Aquitaine",
            {2010: "Pays et Quartiers d'Aquitaine", 2021: "Pays et Quartiers de Nouvelle-Aquitaine"},
        ),
        ("PQA", "pqn-a", "Pays et Quartiers de Nouvelle-Aquitaine", {}),
        (
            "Observatoire Régional de l'Intégration",
            "oriv",
            "Observatoire Régional de l'Intégration et de la Ville",
            {
                1992: "Observatoire Régional de l'Intégration",
                2000: "Observatoire Régional de l'Intégration et de la Ville",
            },
        ),
        ("Maoré Ouvoimoja", "gip-maore-ouvoimoja", "Maoré Ouvoimoja", {}),
        ("GIP CRPV-CS", "gip-maore-ouvoimoja", "Maoré Ouvoimoja", {}),
    ],
)
def test_names_through_time(query: str, centre: str, today: str, past: dict[int, str]) -> None:
    record = pv.centre(query)
    assert record.id == centre and record.name == today
    for year, name in past.items():
        assert record.name_on(as_date(year)) == name


def test_renamings_are_sourced() -> None:
    vt = pv.centre("villes-territoires-lr")
    (occitanie,) = [c for c in vt.names if c.value == "Villes et Territoires Occitanie"]
    assert occitanie.period is not None and str(occitanie.period.start) == "2018"
    assert {"r0359", "r0360"} <= set(occitanie.facts)
    paca = pv.centre("crpv-paca")
    (cite,) = [c for c in paca.names if c.value == "Cité Ressources"]
    assert cite.as_of is None and "20 June 2019" in (cite.note or "") and "r0382" in cite.facts
    pqna = pv.centre("pqn-a")
    assert any(str(c.as_of) == "2020-03" for c in pqna.names if c.value == "Pays et Quartiers de Nouvelle-Aquitaine")


# -- new bodies, context-only entities and leads that are not verified --------------------------------


def test_mayotte_gip_is_a_centre_of_its_own() -> None:
    gip = pv.centre("gip-maore-ouvoimoja")
    assert gip.founded == 2019 and gip.legal_form is pv.LegalForm.GIP and gip.status is pv.Status.ACTIVE
    assert {str(c.value) for c in gip.foundings} == {"2019-04-11"}
    assert len([f for f in gip.funding if f.role is pv.FundingRole.GIP_MEMBER]) == 14
    assert pv.centre("cdr-mayotte").coverage[0].period.is_open  # no source says the GIP succeeds it


@pytest.mark.parametrize(
    "query", ["Ressources Urbaines", "Labo Cités", "ressources-urbaines", "labo-cites", "corse-politique-de-la-ville"]
)
def test_context_entities_are_not_centres(query: str) -> None:
    with pytest.raises(LookupError):
        pv.centre(query)


def test_unverified_leads_are_not_encoded() -> None:
    directors = {(p.person, c.id) for c in pv.centres() for p in c.people if p.role is pv.Role.DIRECTOR}
    assert not {person for person, _ in directors} & {"Frédéric Tréca", "Christine Roman", "Dominique Michel"}
    assert pv.centre("crpv-guadeloupe").status is pv.Status.IN_PREPARATION and not pv.centre("crpv-guadeloupe").coverage
    assert pv.centre("CR-DSU").name != "Labo Cités"
    for centre in ("crpv-lorraine", "espace-picard-integration"):
        assert pv.centre(centre).status is pv.Status.NO_LONGER_LISTED


def test_question_de_ville_board_members_linked_only_where_a_source_says_so() -> None:
    qdv = pv.question_de_ville()
    members = {m.person for board in qdv.boards for m in board.members}
    linked = {
        (p.person, c.id) for c in pv.centres() for p in c.people if p.person in members and p.role is pv.Role.DIRECTOR
    }
    assert linked == {
        ("Bénédicte Madelin", "profession-banlieue"),
        ("Cécile Dublanche", "villes-au-carre"),
        ("Isabelle Chenevez", "cr-dsu"),
    }


# -- network, frameworks, people, funders ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "body"), [(2005, "cr-div"), (2016, "cget"), (2019, "cget"), (2021, "anct"), (2025, "anct")]
)
def test_animator_by_date(year: int, body: str) -> None:
    bodies = {a.body for a in pv.network().animators if a.period is not None and a.period.contains(as_date(year))}
    assert bodies == {body}


def test_network_history() -> None:
    network = pv.network()
    assert {b.id for b in network.bodies} >= {"cget", "anct", "sg-ville"}
    assert [a.body for a in network.animators if a.period and a.period.is_open] == ["anct"]
    assert any(
        w.value == "www.reseau-crpv.fr" and w.period and str(w.period.start) == "2017-09" for w in network.websites
    )
    editions = {e.edition: e for e in network.events if e.edition}
    assert str(editions[6].date) == "2021-10-21" and editions[9].place == "Lille"
    assert {"RNCRPV"} == {c.value for c in network.acronyms}
    assert len(network.reports) >= 4 and len(network.key_figures) >= 3


def test_2017_framework() -> None:
    frameworks = {f.id: f for f in pv.frameworks()}
    cadre = frameworks["cadre-de-reference-notre"]
    assert str(cadre.date) == "2017-03-16" and cadre.replaces == "cadre-de-reference-2011"
    contents = " ".join(c.value for c in cadre.contents)
    assert "ANRU" in contents and "cadre de référence technique" in contents and "ultramarins" in contents
    charte = frameworks["charte-partenariale"]
    assert any("socles" in c.value and "complémentaires" in c.value for c in charte.contents)
    assert len(charte.signatories) == 8 and all(len(s.sources) >= 2 for s in charte.signatories)


@pytest.mark.parametrize(
    ("centre", "year", "person"),
    [
        ("profession-banlieue", 2000, "Bénédicte Madelin"),
        ("profession-banlieue", 2016, "Damien Bertrand"),
        ("villes-au-carre", 2015, "Cécile Dublanche"),
        ("reso-villes", 2025, "Ouided Ayad"),
    ],
)
def test_directors_by_year(centre: str, year: int, person: str) -> None:
    people = [
        p.person
        for p in pv.centre(centre).people
        if p.role is pv.Role.DIRECTOR and p.period and p.period.contains(as_date(year))
    ]
    assert people == [person]


@pytest.mark.parametrize(
    ("funder", "centres"),
    [
        ("caisse-des-depots", {"irev", "gip-maore-ouvoimoja", "cr-csur", "reso-villes"}),
        ("hlm-regional-union", {"crpv-paca", "irev"}),
        ("university", {"ressources-territoires", "cr-csur"}),
        ("cnfpt", {"ressources-territoires"}),
        ("department", {"irev", "gip-maore-ouvoimoja"}),
    ],
)
def test_funders_from_evidence_about_each_centre(funder: str, centres: set[str]) -> None:
    assert centres <= {c.id for c in pv.by_funder(funder, basis="centre")}
