<?xml version='1.0' encoding='utf-8'?>
<!-- Qt's own texts that its French translation (qtbase_fr.qm) lacks in this Qt version: the
     French UI loads this after it (issue #11). tools/translations_en.py compiles it. -->
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>QFileDialog</name>
    <message><source>&amp;Look in:</source><translation>&amp;Regarder dans :</translation></message>
    <message><source>Files of &amp;type:</source><translation>&amp;Type de fichier :</translation></message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message><source>Folder</source><translation>Dossier</translation></message>
    <message><source>File</source><translation>Fichier</translation></message>
    <message><source>Drive</source><translation>Lecteur</translation></message>
    <message><source>Alias</source><translation>Alias</translation></message>
    <message><source>Shortcut</source><translation>Raccourci</translation></message>
    <message><source>Unknown</source><translation>Inconnu</translation></message>
</context>
</TS>
